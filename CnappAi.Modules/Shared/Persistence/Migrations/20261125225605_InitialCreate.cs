using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CnappAi.Modules.Shared.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ingestion_import_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Files = table.Column<int>(type: "INTEGER", nullable: false),
                    Observations = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<int>(type: "INTEGER", nullable: false),
                    New = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    SummaryJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingestion_import_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ingestion_quarantine",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    File = table.Column<string>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    Raw = table.Column<string>(type: "TEXT", nullable: true),
                    QuarantinedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingestion_quarantine", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "normalization_findings",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    SourceFindingId = table.Column<string>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceSeverity = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceStatus = table.Column<string>(type: "TEXT", nullable: true),
                    Cves = table.Column<string>(type: "TEXT", nullable: false),
                    Cvss = table.Column<double>(type: "REAL", nullable: true),
                    CvssVector = table.Column<string>(type: "TEXT", nullable: true),
                    RuleId = table.Column<string>(type: "TEXT", nullable: true),
                    Compliance = table.Column<string>(type: "TEXT", nullable: false),
                    Package = table.Column<string>(type: "TEXT", nullable: true),
                    PackageVersion = table.Column<string>(type: "TEXT", nullable: true),
                    FixedVersion = table.Column<string>(type: "TEXT", nullable: true),
                    ResourceUid = table.Column<string>(type: "TEXT", nullable: false),
                    Provider = table.Column<int>(type: "INTEGER", nullable: false),
                    Account = table.Column<string>(type: "TEXT", nullable: true),
                    Region = table.Column<string>(type: "TEXT", nullable: true),
                    ResourceType = table.Column<string>(type: "TEXT", nullable: true),
                    ResourceClass = table.Column<int>(type: "INTEGER", nullable: false),
                    ResourceName = table.Column<string>(type: "TEXT", nullable: true),
                    FirstSeen = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSeen = table.Column<long>(type: "INTEGER", nullable: true),
                    ClusterId = table.Column<string>(type: "TEXT", nullable: false),
                    RiskScore = table.Column<double>(type: "REAL", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    OriginFile = table.Column<string>(type: "TEXT", nullable: true),
                    OriginLocation = table.Column<string>(type: "TEXT", nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_normalization_findings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "normalization_raw_records",
                columns: table => new
                {
                    FindingId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Raw = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_normalization_raw_records", x => x.FindingId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ingestion_import_runs_StartedAt",
                table: "ingestion_import_runs",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ingestion_quarantine_RunId",
                table: "ingestion_quarantine",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Category",
                table: "normalization_findings",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_ClusterId",
                table: "normalization_findings",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_LastSeen",
                table: "normalization_findings",
                column: "LastSeen");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Priority_RiskScore",
                table: "normalization_findings",
                columns: new[] { "Priority", "RiskScore" });

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Provider_Account",
                table: "normalization_findings",
                columns: new[] { "Provider", "Account" });

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_ResourceUid",
                table: "normalization_findings",
                column: "ResourceUid");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Severity_Status",
                table: "normalization_findings",
                columns: new[] { "Severity", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Source_SourceFindingId",
                table: "normalization_findings",
                columns: new[] { "Source", "SourceFindingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Status_RiskScore",
                table: "normalization_findings",
                columns: new[] { "Status", "RiskScore" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ingestion_import_runs");

            migrationBuilder.DropTable(
                name: "ingestion_quarantine");

            migrationBuilder.DropTable(
                name: "normalization_findings");

            migrationBuilder.DropTable(
                name: "normalization_raw_records");
        }
    }
}
