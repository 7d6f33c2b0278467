using System.Text.RegularExpressions;
using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine.Policies;

/// <summary>
/// The rule engine's policy as code: the requirement's control (or a required-tags rule) written as Rego over
/// <c>terraform show -json</c> output and as Sentinel over <c>tfplan/v2</c>, with a plan fragment the policy denies.
/// </summary>
internal static partial class PolicyDrafter
{
    public static PolicyDraft Draft(string requirement)
    {
        var provider = ProviderOf(requirement);
        var control = ControlResolver.ForRequirement(requirement);
        if (control is not null && PolicyRules.Find(control.Id, provider) is { } rule)
        {
            return Render(rule, control.Title, requirement);
        }

        if (TagWords().IsMatch(requirement))
        {
            return RequiredTags(requirement);
        }

        var about = control is null ? "no shared control matched the requirement" : $"the requirement maps to control {control.Id}, which has no built-in plan policy yet";
        return new PolicyDraft(control?.Id, "Policy skeleton", Skeleton, SentinelSkeleton, """{"resource_changes": []}""",
            $"Rule-based draft: {about}. The skeleton shows where the condition goes; write it for the resource type concerned.");
    }

    private static PolicyDraft Render(PolicyRule rule, string title, string requirement)
    {
        var package = rule.ControlId.Replace('.', '_').Replace('-', '_');
        var rego = $$"""
            package cnappai.{{package}}

            import rego.v1

            # {{title}} (control {{rule.ControlId}}).
            # Input: a Terraform plan as JSON (terraform show -json plan.out).
            deny contains msg if {
            	some rc in input.resource_changes
            	rc.type == "{{rule.ResourceType}}"
            	not "delete" in rc.change.actions
            	{{string.Join("\n\t", rule.RegoConditions)}}
            	msg := sprintf("%s: {{rule.Message}}", [rc.address])
            }
            """;
        var sentinel = $$"""
            # {{title}} (control {{rule.ControlId}}).
            import "tfplan/v2" as tfplan

            planned = filter tfplan.resource_changes as _, rc {
            	rc.type is "{{rule.ResourceType}}" and
            	(rc.change.actions contains "create" or rc.change.actions contains "update")
            }

            violations = filter planned as _, rc {
            	{{rule.SentinelCondition}}
            }

            main = rule {
            	length(violations) is 0
            }
            """;
        var input = "{\"resource_changes\": [{\"address\": \"" + rule.ResourceType + ".example\", \"type\": \"" + rule.ResourceType
            + "\", \"change\": {\"actions\": [\"create\"], \"after\": " + rule.ViolatingAfterJson + "}}]}";
        return new PolicyDraft(rule.ControlId, title, rego, sentinel, input,
            $"Rule-based draft for \"{Cut(requirement)}\": denies any planned {rule.ResourceType} where {rule.Message.ToLowerInvariant()}. "
            + "The test input is a plan fragment the policy must deny; run `opa eval -d policy.rego -i input.json data.cnappai` to check.");
    }

    private static PolicyDraft RequiredTags(string requirement)
    {
        var tags = TagNames(requirement);
        var list = string.Join(", ", tags.Select(t => $"\"{t}\""));
        var rego = $$"""
            package cnappai.required_tags

            import rego.v1

            required_tags := {{{list}}}

            # Every planned resource that supports tags must carry the required tags.
            deny contains msg if {
            	some rc in input.resource_changes
            	not "delete" in rc.change.actions
            	tags := object.get(rc.change.after, "tags", null)
            	tags != null
            	some tag in required_tags
            	not tags[tag]
            	msg := sprintf("%s: missing required tag %q", [rc.address, tag])
            }
            """;
        var sentinel = $$"""
            import "tfplan/v2" as tfplan

            required_tags = [{{list}}]

            violations = filter tfplan.resource_changes as _, rc {
            	(rc.change.actions contains "create" or rc.change.actions contains "update") and
            	rc.change.after.tags else null is not null and
            	any required_tags as t { rc.change.after.tags not contains t }
            }

            main = rule {
            	length(violations) is 0
            }
            """;
        var input = """{"resource_changes": [{"address": "aws_s3_bucket.example", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "example", "tags": {"Name": "example"}}}}]}""";
        return new PolicyDraft(null, $"Resources must be tagged with {string.Join(", ", tags)}", rego, sentinel, input,
            $"Rule-based draft: denies planned resources with tags that lack any of {string.Join(", ", tags)}.");
    }

    private static List<string> TagNames(string requirement)
    {
        var quoted = Quoted().Matches(requirement).Select(m => m.Groups[1].Value).ToList();
        if (quoted.Count > 0)
        {
            return quoted;
        }

        var known = new[] { "owner", "environment", "application", "cost-center", "data-classification", "team" };
        var named = known.Where(k => requirement.Contains(k, StringComparison.OrdinalIgnoreCase)).ToList();
        return named.Count > 0 ? named : ["owner", "environment"];
    }

    private static CloudProvider ProviderOf(string text) => text.ToLowerInvariant() switch
    {
        var t when t.Contains("azure", StringComparison.Ordinal) => CloudProvider.Azure,
        var t when t.Contains("gcp", StringComparison.Ordinal) || t.Contains("google", StringComparison.Ordinal) || t.Contains("gcs", StringComparison.Ordinal) => CloudProvider.Gcp,
        _ => CloudProvider.Aws,
    };

    private static string Cut(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private const string Skeleton = """
        package cnappai.custom

        import rego.v1

        deny contains msg if {
        	some rc in input.resource_changes
        	rc.type == "<resource_type>"
        	# <condition on rc.change.after that breaks the requirement>
        	msg := sprintf("%s: <what is wrong>", [rc.address])
        }
        """;

    private const string SentinelSkeleton = """
        import "tfplan/v2" as tfplan

        violations = filter tfplan.resource_changes as _, rc {
        	rc.type is "<resource_type>" # and <condition on rc.change.after>
        }

        main = rule {
        	length(violations) is 0
        }
        """;

    [GeneratedRegex(@"\btag(s|ged)?\b|\blabel(s|led)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TagWords();

    [GeneratedRegex("[\"'`]([A-Za-z0-9:_./-]{1,64})[\"'`]")]
    private static partial Regex Quoted();
}
