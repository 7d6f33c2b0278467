using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CnappAi.Modules.Shared.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CnappAiDbContext>
{
    public CnappAiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CnappAiDbContext>();
        options.UseSqlite("Data Source=design-time.db");
        return new CnappAiDbContext(options.Options);
    }
}
