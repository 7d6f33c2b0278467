using CnappAi.Modules.IacGate.Fixes;

namespace CnappAi.Tests.IacGate.Fixes;

public class RestrictIngressTests
{
    [Fact]
    public void Apply_GroupWithPublicHttpsAndSsh_RestrictsOnlyTheSshRule()
    {
        var document = new HclDocument(
        [
            "resource \"aws_security_group\" \"bastion\" {",
            "  ingress {",
            "    from_port   = 443",
            "    to_port     = 443",
            "    cidr_blocks = [\"0.0.0.0/0\"]",
            "  }",
            "  ingress {",
            "    from_port        = 22",
            "    to_port          = 22",
            "    cidr_blocks      = [\"0.0.0.0/0\"]",
            "    ipv6_cidr_blocks = [\"::/0\"]",
            "  }",
            "}",
        ]);

        new RestrictIngress(22, "var.admin_cidr").Apply(document, new FixContext("aws_security_group", "bastion")).ShouldBeTrue();

        document.Lines[4].ShouldBe("    cidr_blocks = [\"0.0.0.0/0\"]");
        document.Lines[9].ShouldBe("    cidr_blocks      = [var.admin_cidr]");
        document.Lines[10].ShouldBe("    ipv6_cidr_blocks = [var.admin_cidr]");
    }

    [Fact]
    public void Apply_AzureRuleFromAnywhere_NamesTheAllowedNetwork()
    {
        var document = new HclDocument(
        [
            "resource \"azurerm_network_security_rule\" \"rdp\" {",
            "  destination_port_range = \"3389\"",
            "  source_address_prefix  = \"*\"",
            "}",
        ]);

        new RestrictIngress(3389, "var.admin_cidr").Apply(document, new FixContext("azurerm_network_security_rule", "rdp"));

        document.Lines[2].ShouldBe("  source_address_prefix  = var.admin_cidr");
    }

    [Fact]
    public void Apply_NoOpenSource_ReportsNoChange()
    {
        var document = new HclDocument(["resource \"google_compute_firewall\" \"ssh\" {", "  source_ranges = [\"10.0.0.0/8\"]", "}"]);

        new RestrictIngress(22, "var.admin_cidr").Apply(document, new FixContext("google_compute_firewall", "ssh")).ShouldBeFalse();
    }
}
