namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>The CNAPP a connector pulls from; each maps to the import source of the same name.</summary>
public enum ConnectorVendor
{
    Wiz,
    Prisma,
    Orca,
    Lacework,
}
