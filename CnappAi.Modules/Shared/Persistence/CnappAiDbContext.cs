using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Shared.Persistence;

/// <summary>
/// The one database context. Each module owns its entities and <see cref="IEntityTypeConfiguration{TEntity}"/>
/// classes under its own <c>Data/</c> folder (tables prefixed with the module name) and reaches them with
/// <c>Set&lt;T&gt;()</c>; there are deliberately no public DbSets.
/// </summary>
internal sealed class CnappAiDbContext(DbContextOptions<CnappAiDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CnappAiDbContext).Assembly);
}
