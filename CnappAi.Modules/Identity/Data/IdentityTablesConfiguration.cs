using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Identity.Data;

/// <summary>ASP.NET Core Identity's tables under the module's <c>identity_</c> prefix; the four roles are seeded.</summary>
internal sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<CnappAiUser>,
    IEntityTypeConfiguration<IdentityRole>,
    IEntityTypeConfiguration<IdentityUserRole<string>>,
    IEntityTypeConfiguration<IdentityUserClaim<string>>,
    IEntityTypeConfiguration<IdentityUserLogin<string>>,
    IEntityTypeConfiguration<IdentityUserToken<string>>,
    IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<CnappAiUser> builder)
    {
        builder.ToTable("identity_users");
        builder.Property(u => u.Disabled).HasDefaultValue(false);
        builder.Property(u => u.MustChangePassword).HasDefaultValue(false);
    }

    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        builder.ToTable("identity_roles");
        builder.HasData(Roles.All.Select(r => new IdentityRole(r) { Id = r, NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = r }));
    }

    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> builder) => builder.ToTable("identity_user_roles");

    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("identity_user_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("identity_user_logins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) => builder.ToTable("identity_user_tokens");

    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> builder) => builder.ToTable("identity_role_claims");
}
