using CnappAi.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Shared.Persistence;

/// <summary>
/// The one database context. Each module owns its entities and <see cref="IEntityTypeConfiguration{TEntity}"/>
/// classes under its own <c>Data/</c> folder (tables prefixed with the module name) and reaches them with
/// <c>Set&lt;T&gt;()</c>; there are deliberately no public DbSets. ASP.NET Core Identity's tables come from the
/// base class (their <c>identity_</c> names from the Identity module's configuration).
/// </summary>
internal sealed class CnappAiDbContext(DbContextOptions<CnappAiDbContext> options) : IdentityDbContext<CnappAiUser>(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CnappAiDbContext).Assembly);
    }
}
