using CnappAi.Modules.Ai.Contracts;

namespace CnappAi.Tests.Ai.RuleEngine;

/// <summary>
/// Rule-engine outputs for hand-checked findings of each category, with no model configured: the owner, score, ticket
/// decision, explanation and fix a security engineer would give, filled in for the exact resource.
/// </summary>
public class RuleEngineTests(RuleEngineFixture fixture) : IClassFixture<RuleEngineFixture>
{
    [Fact]
    public async Task Explain_PublicPiiBucketInProduction_FixNowWithOwnerFromTagsAndBucketSnippets()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["public-bucket"], CancellationToken.None))!;

        e.Triage.Engine.ShouldBe(AiEngines.RuleBased);
        e.Triage.Output.OwningTeam.ShouldBe("payments-team");
        e.Triage.Output.RiskScore.ShouldBe(10);
        e.Triage.Output.RequiresImmediateTicket.ShouldBeTrue();
        e.Triage.Output.FixInstruction.ShouldContain("acme-customer-exports");
        e.Explanation.Output.BusinessImpact.ShouldContain("PII");
        e.Explanation.Output.BusinessImpact.ShouldContain("production");
        e.Explanation.Output.Summary.ShouldContain("2 security tools (wiz, orca)");
        e.Explanation.Output.Urgency.ShouldBe("fix now");
        e.Fix.Output.ControlId.ShouldBe("storage.public-access");
        var terraform = e.Fix.Output.Snippets.First(s => s.Format == FixFormat.Terraform);
        terraform.Code.ShouldContain("resource \"aws_s3_bucket_public_access_block\" \"acme_customer_exports\"");
        terraform.Code.ShouldContain("bucket                  = \"acme-customer-exports\"");
        e.Fix.Output.Snippets.ShouldContain(s => s.Format == FixFormat.AwsCli && s.Code.Contains("put-public-access-block --bucket acme-customer-exports"));
        e.Fix.Output.Snippets.ShouldContain(s => s.Format == FixFormat.CloudFormation);
        e.Fix.Output.Caveats.ShouldContain(c => c.Contains("Nothing has been changed"));
    }

    [Fact]
    public async Task Explain_RuleBasedOutput_StoresProvenanceWithRuleSetAndInputs()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["public-bucket"], CancellationToken.None))!;

        var p = e.Triage.Provenance;
        p.Engine.ShouldBe(AiEngines.RuleBased);
        p.RuleSet.ShouldBe("rules.triage@1.0");
        p.TemplateId.ShouldBe("triage");
        p.Provider.ShouldBeNull();
        p.InputFindingIds.ShouldContain(fixture.Ids["public-bucket"]);
        p.InputFindingIds.ShouldContain(fixture.Ids["public-bucket-orca"]);
        p.Prompt!.ShouldStartWith("<data>");
        var stored = (await fixture.Host.Ai.GetOutputAsync(e.Triage.Id, CancellationToken.None))!;
        stored.Provenance.RuleSet.ShouldBe("rules.triage@1.0");
        stored.OutputJson.ShouldContain("\"owning_team\":\"payments-team\"");
    }

    [Fact]
    public async Task Explain_OpenSsh_RevokesPort22OnTheGroupAndNamesTheNetworkTeam()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["open-ssh"], CancellationToken.None))!;

        e.Fix.Output.ControlId.ShouldBe("network.open-ssh");
        e.Triage.Output.OwningTeam.ShouldBe("network-ops");
        var cli = e.Fix.Output.Snippets.First(s => s.Format == FixFormat.AwsCli).Code;
        cli.ShouldContain("revoke-security-group-ingress --region us-east-1 --group-id sg-0abc1234 --protocol tcp --port 22 --cidr 0.0.0.0/0");
        e.Fix.Output.Snippets.First(s => s.Format == FixFormat.Terraform).Code.ShouldContain("from_port         = 22");
        e.Explanation.Output.KeyFactors.ShouldContain("reachable from the internet or open to anyone");
    }

    [Fact]
    public async Task Explain_KevOnDevInstance_PatchesWithTheFixedVersionAndStillTicketsBecauseExploited()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["kev"], CancellationToken.None))!;

        e.Fix.Output.ControlId.ShouldBe("vulnerability.known-exploited");
        e.Triage.Output.FixInstruction.ShouldContain("CVE-2021-44228");
        e.Triage.Output.FixInstruction.ShouldContain("2.17.1");
        e.Triage.Output.OwningTeam.ShouldBe("infrastructure-operations");
        e.Explanation.Output.KeyFactors.ShouldContain(f => f.Contains("dev environment"));
        e.Explanation.Output.KeyFactors.ShouldContain(f => f.Contains("exploit"));
        e.Triage.Output.RequiresImmediateTicket.ShouldBeTrue();
        e.Fix.Output.Snippets.ShouldContain(s => s.Code.Contains("AWS-RunPatchBaseline") && s.Code.Contains("i-0feed123") && s.Code.Contains("eu-west-1"));
    }

    [Fact]
    public async Task Explain_ImageVulnerability_RebuildsTheImageWithTheFixedPackage()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["image-vuln"], CancellationToken.None))!;

        e.Fix.Output.ControlId.ShouldBe("container.image-vulnerabilities");
        e.Triage.Output.OwningTeam.ShouldBe("platform-engineering");
        e.Fix.Output.Snippets.ShouldContain(s => s.Format == FixFormat.Dockerfile && s.Code.Contains("--only-upgrade libwebp7"));
        e.Triage.Output.FixInstruction.ShouldContain("1.2.4-0.2+deb12u1");
    }

    [Fact]
    public async Task Explain_WildcardRole_IsAnIdentityProblemForTheIamTeam()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["wildcard-role"], CancellationToken.None))!;

        e.Fix.Output.ControlId.ShouldBe("identity.wildcard-permissions");
        e.Triage.Output.OwningTeam.ShouldBe("identity-and-access");
        e.Explanation.Output.BusinessImpact.ShouldContain("as far as its permissions do");
        e.Fix.Output.Snippets.ShouldContain(s => s.Format == FixFormat.Terraform && s.Code.Contains("aws_iam_policy_document"));
    }

    [Fact]
    public async Task Explain_LeakedKey_RotatesFirstAndNeverRepeatsTheKey()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["leaked-key"], CancellationToken.None))!;

        e.Fix.Output.ControlId.ShouldBe("secrets.exposed-credentials");
        e.Triage.Output.OwningTeam.ShouldBe("application-security");
        e.Fix.Output.Steps[0].ShouldContain("Rotate the credential");
        e.Triage.Provenance.Prompt!.ShouldNotContain("AKIAIOSFODNN7EXAMPLE");
        e.Triage.Provenance.Prompt!.ShouldContain("[REDACTED]");
    }

    [Fact]
    public async Task Explain_Threat_ContainsTheInstanceAndGoesToTheSoc()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["threat"], CancellationToken.None))!;

        e.Triage.Output.OwningTeam.ShouldBe("security-operations");
        e.Triage.Output.FixInstruction.ShouldStartWith("Investigate the activity on i-0feed123");
        e.Explanation.Output.BusinessImpact.ShouldContain("attacking this system right now");
        e.Fix.Output.Snippets.ShouldContain(s => s.Format == FixFormat.AwsCli && s.Code.Contains("modify-instance-attribute --region eu-west-1 --instance-id i-0feed123"));
    }

    [Fact]
    public async Task Explain_AzureStorageTls_UsesTheResourceGroupFromTheIdAndTagsFromAString()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["storage-tls"], CancellationToken.None))!;

        e.Fix.Output.ControlId.ShouldBe("storage.secure-transport");
        e.Triage.Output.OwningTeam.ShouldBe("data-platform");
        e.Fix.Output.Snippets.ShouldContain(s => s.Format == FixFormat.AzureCli && s.Code.Contains("-g rg-data -n acmedata") && s.Code.Contains("--min-tls-version TLS1_2"));
        e.Explanation.Output.Summary.ShouldContain("in Azure subscription 0000-aaaa");
    }

    [Fact]
    public async Task Explain_RootMfa_IsCriticalAndTicketed()
    {
        var e = (await fixture.Host.Ai.ExplainFindingAsync(fixture.Ids["root-mfa"], CancellationToken.None))!;

        e.Fix.Output.ControlId.ShouldBe("identity.root-mfa");
        e.Triage.Output.RequiresImmediateTicket.ShouldBeTrue();
        e.Triage.Output.FixInstruction.ShouldContain("111122223333");
    }

    [Fact]
    public async Task Explain_UnknownId_ReturnsNull()
    {
        (await fixture.Host.Ai.ExplainFindingAsync("does-not-exist", CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task RuleOutputs_ForEveryCategory_PassTheValidatorsTheModelMustPass()
    {
        foreach (var id in fixture.Ids.Values)
        {
            var e = (await fixture.Host.Ai.ExplainFindingAsync(id, CancellationToken.None))!;

            new Modules.Ai.Validation.TriageResultValidator().Validate(e.Triage.Output).IsValid.ShouldBeTrue(id);
            new Modules.Ai.Validation.RiskExplanationValidator().Validate(e.Explanation.Output).IsValid.ShouldBeTrue(id);
            new Modules.Ai.Validation.FixProposalValidator().Validate(e.Fix.Output).IsValid.ShouldBeTrue(id);
        }
    }
}
