namespace CnappAi.Tests.Remediation;

/// <summary>Waits for a loopback server to finish a request it answers late (it records a request once answered).</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
