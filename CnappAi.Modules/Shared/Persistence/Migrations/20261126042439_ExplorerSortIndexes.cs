using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CnappAi.Modules.Shared.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ExplorerSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_LastSeen",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_Secondary_RiskScore",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_SlaDue",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_Source_SourceFindingId",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_Status_RiskScore",
                table: "normalization_findings");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_LastSeen_Id",
                table: "normalization_findings",
                columns: new[] { "LastSeen", "Id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_RiskScore_Id",
                table: "normalization_findings",
                columns: new[] { "RiskScore", "Id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Status_Secondary_Severity_Source_Provider_Priority_Category",
                table: "normalization_findings",
                columns: new[] { "Status", "Secondary", "Severity", "Source", "Provider", "Priority", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Status_SlaDue_Secondary_SuppressedUntil",
                table: "normalization_findings",
                columns: new[] { "Status", "SlaDue", "Secondary", "SuppressedUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_LastSeen_Id",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_RiskScore_Id",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_Status_Secondary_Severity_Source_Provider_Priority_Category",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_Status_SlaDue_Secondary_SuppressedUntil",
                table: "normalization_findings");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_LastSeen",
                table: "normalization_findings",
                column: "LastSeen");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Secondary_RiskScore",
                table: "normalization_findings",
                columns: new[] { "Secondary", "RiskScore" });

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_SlaDue",
                table: "normalization_findings",
                column: "SlaDue");

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
    }
}
