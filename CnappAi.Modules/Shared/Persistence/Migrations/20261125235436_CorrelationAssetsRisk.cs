using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CnappAi.Modules.Shared.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CorrelationAssetsRisk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClusterSources",
                table: "normalization_findings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ControlId",
                table: "normalization_findings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Environment",
                table: "normalization_findings",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MatchReason",
                table: "normalization_findings",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskFactors",
                table: "normalization_findings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Secondary",
                table: "normalization_findings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "SlaDue",
                table: "normalization_findings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SuppressedUntil",
                table: "normalization_findings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "normalization_findings",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ai_embeddings",
                columns: table => new
                {
                    TextHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Vector = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ai_embeddings", x => new { x.Model, x.TextHash });
                });

            migrationBuilder.CreateTable(
                name: "ai_finding_texts",
                columns: table => new
                {
                    FindingId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TextHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ai_finding_texts", x => x.FindingId);
                });

            migrationBuilder.CreateTable(
                name: "ai_function_settings",
                columns: table => new
                {
                    Function = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ModelAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CountReviewsFrom = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ai_function_settings", x => x.Function);
                });

            migrationBuilder.CreateTable(
                name: "ai_outputs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Engine = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TemplateId = table.Column<string>(type: "TEXT", nullable: false),
                    TemplateVersion = table.Column<string>(type: "TEXT", nullable: false),
                    RuleSet = table.Column<string>(type: "TEXT", nullable: true),
                    Provider = table.Column<string>(type: "TEXT", nullable: true),
                    Model = table.Column<string>(type: "TEXT", nullable: true),
                    ParametersJson = table.Column<string>(type: "TEXT", nullable: false),
                    InputFindingIdsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Prompt = table.Column<string>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", nullable: true),
                    OutputJson = table.Column<string>(type: "TEXT", nullable: false),
                    PromptTokens = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletionTokens = table.Column<int>(type: "INTEGER", nullable: true),
                    LatencyMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    FallbackReason = table.Column<string>(type: "TEXT", nullable: true),
                    FunctionCallsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SampledForReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    LedToAction = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ai_outputs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ai_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Protected = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ai_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "assets_assets",
                columns: table => new
                {
                    Uid = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Provider = table.Column<int>(type: "INTEGER", nullable: false),
                    Account = table.Column<string>(type: "TEXT", nullable: true),
                    Region = table.Column<string>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", nullable: true),
                    Class = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Team = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Environment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Application = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DataClassification = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DataSensitivity = table.Column<int>(type: "INTEGER", nullable: false),
                    Criticality = table.Column<int>(type: "INTEGER", nullable: false),
                    InternetFacing = table.Column<bool>(type: "INTEGER", nullable: true),
                    CrownJewel = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerContact = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContextSources = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TagsJson = table.Column<string>(type: "TEXT", nullable: true),
                    TagsScanned = table.Column<bool>(type: "INTEGER", nullable: false),
                    InFindings = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    ContextChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ContextChangedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_assets", x => x.Uid);
                });

            migrationBuilder.CreateTable(
                name: "assets_relationships",
                columns: table => new
                {
                    SourceUid = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    TargetUid = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets_relationships", x => new { x.SourceUid, x.TargetUid, x.Relationship });
                });

            migrationBuilder.CreateTable(
                name: "correlation_confirmed_mappings",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ControlId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_correlation_confirmed_mappings", x => new { x.Source, x.RuleKey });
                });

            migrationBuilder.CreateTable(
                name: "correlation_observed_rules",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_correlation_observed_rules", x => new { x.Source, x.RuleKey });
                });

            migrationBuilder.CreateTable(
                name: "correlation_splits",
                columns: table => new
                {
                    FindingId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SplitId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromClusterId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    SplitBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SplitAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_correlation_splits", x => x.FindingId);
                });

            migrationBuilder.CreateTable(
                name: "iacgate_scans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Repository = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Tools = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Issues = table.Column<int>(type: "INTEGER", nullable: false),
                    NewIssues = table.Column<int>(type: "INTEGER", nullable: false),
                    Blocking = table.Column<int>(type: "INTEGER", nullable: false),
                    EntriesJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_iacgate_scans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ingestion_connectors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", nullable: true),
                    OptionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ClientSecretProtected = table.Column<string>(type: "TEXT", nullable: true),
                    WebhookSecretProtected = table.Column<string>(type: "TEXT", nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Cron = table.Column<string>(type: "TEXT", nullable: false),
                    FullSyncCron = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingestion_connectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ingestion_sync_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Connector = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Pages = table.Column<int>(type: "INTEGER", nullable: false),
                    Records = table.Column<int>(type: "INTEGER", nullable: false),
                    New = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorsJson = table.Column<string>(type: "TEXT", nullable: false),
                    WatermarkJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingestion_sync_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ingestion_sync_watermarks",
                columns: table => new
                {
                    ConnectorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Watermark = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingestion_sync_watermarks", x => new { x.ConnectorId, x.Query });
                });

            migrationBuilder.CreateTable(
                name: "ingestion_webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Connector = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeliveryId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Records = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingestion_webhook_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risk_attack_path_members",
                columns: table => new
                {
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PathIds = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_attack_path_members", x => x.ClusterId);
                });

            migrationBuilder.CreateTable(
                name: "risk_exception_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExceptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_exception_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risk_exceptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ControlId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResourcePattern = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Environment = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ExpiryRecordedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_exceptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risk_threat_feeds",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    FetchedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_threat_feeds", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "risk_watermarks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_watermarks", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ai_reviews",
                columns: table => new
                {
                    OutputId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Correct = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ai_reviews", x => x.OutputId);
                    table.ForeignKey(
                        name: "FK_ai_reviews_ai_outputs_OutputId",
                        column: x => x.OutputId,
                        principalTable: "ai_outputs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Environment",
                table: "normalization_findings",
                column: "Environment");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Secondary_RiskScore",
                table: "normalization_findings",
                columns: new[] { "Secondary", "RiskScore" });

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_SlaDue",
                table: "normalization_findings",
                column: "SlaDue");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_SuppressedUntil",
                table: "normalization_findings",
                column: "SuppressedUntil");

            migrationBuilder.CreateIndex(
                name: "IX_normalization_findings_Team",
                table: "normalization_findings",
                column: "Team");

            migrationBuilder.CreateIndex(
                name: "IX_ai_finding_texts_TextHash",
                table: "ai_finding_texts",
                column: "TextHash");

            migrationBuilder.CreateIndex(
                name: "IX_ai_outputs_Function_CreatedAt",
                table: "ai_outputs",
                columns: new[] { "Function", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ai_outputs_SampledForReview_LedToAction_CreatedAt",
                table: "ai_outputs",
                columns: new[] { "SampledForReview", "LedToAction", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assets_assets_ContextChangedAt",
                table: "assets_assets",
                column: "ContextChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_assets_assets_CrownJewel",
                table: "assets_assets",
                column: "CrownJewel");

            migrationBuilder.CreateIndex(
                name: "IX_assets_assets_Environment",
                table: "assets_assets",
                column: "Environment");

            migrationBuilder.CreateIndex(
                name: "IX_assets_assets_Team",
                table: "assets_assets",
                column: "Team");

            migrationBuilder.CreateIndex(
                name: "IX_assets_relationships_Relationship",
                table: "assets_relationships",
                column: "Relationship");

            migrationBuilder.CreateIndex(
                name: "IX_assets_relationships_TargetUid",
                table: "assets_relationships",
                column: "TargetUid");

            migrationBuilder.CreateIndex(
                name: "IX_correlation_splits_FromClusterId",
                table: "correlation_splits",
                column: "FromClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_iacgate_scans_Repository_Branch_Passed_TakenAt",
                table: "iacgate_scans",
                columns: new[] { "Repository", "Branch", "Passed", "TakenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ingestion_connectors_Name",
                table: "ingestion_connectors",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ingestion_sync_runs_ConnectorId_StartedAt",
                table: "ingestion_sync_runs",
                columns: new[] { "ConnectorId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ingestion_sync_runs_running",
                table: "ingestion_sync_runs",
                column: "ConnectorId",
                unique: true,
                filter: "\"Status\" = 'Running'");

            migrationBuilder.CreateIndex(
                name: "IX_ingestion_webhook_deliveries_Connector_DeliveryId",
                table: "ingestion_webhook_deliveries",
                columns: new[] { "Connector", "DeliveryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ingestion_webhook_deliveries_ReceivedAt",
                table: "ingestion_webhook_deliveries",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_risk_exception_events_ExceptionId_At",
                table: "risk_exception_events",
                columns: new[] { "ExceptionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_risk_exceptions_ClusterId",
                table: "risk_exceptions",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_exceptions_ExpiresAt",
                table: "risk_exceptions",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ai_embeddings");

            migrationBuilder.DropTable(
                name: "ai_finding_texts");

            migrationBuilder.DropTable(
                name: "ai_function_settings");

            migrationBuilder.DropTable(
                name: "ai_reviews");

            migrationBuilder.DropTable(
                name: "ai_secrets");

            migrationBuilder.DropTable(
                name: "assets_assets");

            migrationBuilder.DropTable(
                name: "assets_relationships");

            migrationBuilder.DropTable(
                name: "correlation_confirmed_mappings");

            migrationBuilder.DropTable(
                name: "correlation_observed_rules");

            migrationBuilder.DropTable(
                name: "correlation_splits");

            migrationBuilder.DropTable(
                name: "iacgate_scans");

            migrationBuilder.DropTable(
                name: "ingestion_connectors");

            migrationBuilder.DropTable(
                name: "ingestion_sync_runs");

            migrationBuilder.DropTable(
                name: "ingestion_sync_watermarks");

            migrationBuilder.DropTable(
                name: "ingestion_webhook_deliveries");

            migrationBuilder.DropTable(
                name: "risk_attack_path_members");

            migrationBuilder.DropTable(
                name: "risk_exception_events");

            migrationBuilder.DropTable(
                name: "risk_exceptions");

            migrationBuilder.DropTable(
                name: "risk_threat_feeds");

            migrationBuilder.DropTable(
                name: "risk_watermarks");

            migrationBuilder.DropTable(
                name: "ai_outputs");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_Environment",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_Secondary_RiskScore",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_SlaDue",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_SuppressedUntil",
                table: "normalization_findings");

            migrationBuilder.DropIndex(
                name: "IX_normalization_findings_Team",
                table: "normalization_findings");

            migrationBuilder.DropColumn(
                name: "ClusterSources",
                table: "normalization_findings");

            migrationBuilder.DropColumn(
                name: "ControlId",
                table: "normalization_findings");

            migrationBuilder.DropColumn(
                name: "Environment",
                table: "normalization_findings");

            migrationBuilder.DropColumn(
                name: "MatchReason",
                table: "normalization_findings");

            migrationBuilder.DropColumn(
                name: "RiskFactors",
                table: "normalization_findings");

            migrationBuilder.DropColumn(
                name: "Secondary",
                table: "normalization_findings");

            migrationBuilder.DropColumn(
                name: "SlaDue",
                table: "normalization_findings");

            migrationBuilder.DropColumn(
                name: "SuppressedUntil",
                table: "normalization_findings");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "normalization_findings");
        }
    }
}
