using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CnappAi.Modules.Shared.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VendorRelationshipOrigin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "assets_relationships",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "relationships-file");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Origin",
                table: "assets_relationships");
        }
    }
}
