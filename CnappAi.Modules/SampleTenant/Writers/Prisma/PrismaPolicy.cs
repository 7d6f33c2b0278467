using System.Text.Json;
using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Prisma;

/// <summary>The <c>policy</c> object of a detailed alert, with the CIS mapping in <c>complianceMetadata</c>.</summary>
internal static class PrismaPolicy
{
    public static void Write(Utf8JsonWriter w, Problem problem, VendorRule rule, Level level)
    {
        w.WriteStartObject("policy");
        w.WriteString("policyId", rule.Id);
        w.WriteString("name", rule.Name);
        w.WriteString("policyType", rule.Family);
        w.WriteString("severity", Words.Lower(level));
        w.WriteString("description", $"This policy identifies resources where: {rule.Name}.");
        w.WriteString("recommendation", "1. Log in to the cloud console.\n2. Open the resource reported in the alert.\n3. Change the configuration so the policy passes.");
        w.WriteBoolean("systemDefault", true);
        w.WriteBoolean("remediable", rule.Family == "network");
        w.WriteStartArray("labels");
        w.WriteStringValue("Prisma_Cloud");
        w.WriteEndArray();
        w.WriteNumber("lastModifiedOn", 1_689_000_000_000 + StableIds.Number(rule.Id, 30_000_000_000));
        w.WriteString("lastModifiedBy", "template@redlock.io");
        w.WriteBoolean("deleted", false);
        w.WriteStartArray("complianceMetadata");
        if (problem.Control is { Cis: not "n/a" } control)
        {
            var standard = control.Cloud switch { Cloud.Aws => "CIS v1.4.0 (AWS)", Cloud.Azure => "CIS v1.5.0 (Azure)", _ => "CIS v1.3.0 (GCP)" };
            w.WriteStartObject();
            w.WriteString("standardName", standard);
            w.WriteString("standardDescription", control.Benchmark);
            w.WriteString("requirementId", control.Cis.Split('.')[0]);
            w.WriteString("requirementName", control.Cis.Split('.')[0]);
            w.WriteString("sectionId", control.Cis);
            w.WriteString("sectionDescription", rule.Name);
            w.WriteString("sectionLabel", control.Cis.Split('.')[0]);
            w.WriteString("policyId", rule.Id);
            w.WriteString("complianceId", StableIds.Guid($"prisma-compliance:{standard}:{control.Cis}"));
            w.WriteBoolean("systemDefault", true);
            w.WriteBoolean("customAssigned", false);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
