using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>
/// How one tool names and rates a control: its rule id and title, its own severity, and a family whose meaning is the
/// tool's (Wiz record kind, Prisma policy type, Orca category, Defender category, SCC finding class).
/// </summary>
internal sealed record VendorRule(Tool Tool, string Id, string Name, Level Level, string Family);
