using CnappAi.Modules.Ai.Guardrails;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace CnappAi.Tests.Ai.Guardrails;

/// <summary>The filter is the second gate: even a function registered in the kernel does not run unless it is on the allow-list.</summary>
public class AllowListFilterTests
{
    [Fact]
    public async Task Invoke_RegisteredFunctionOffTheList_IsNotRunAndTheRefusalIsLogged()
    {
        var ran = false;
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions("remediation", [KernelFunctionFactory.CreateFromMethod(() => { ran = true; return "done"; }, "apply_change")]);
        var log = new FunctionCallLog();
        kernel.FunctionInvocationFilters.Add(new AllowListFilter(FunctionAllowList.ReadOnly, log, NullLogger.Instance));

        var result = await kernel.InvokeAsync("remediation", "apply_change");

        ran.ShouldBeFalse();
        result.GetValue<string>()!.ShouldStartWith("refused");
        log.Calls.ShouldHaveSingleItem().ShouldStartWith("REFUSED remediation-apply_change");
    }

    [Fact]
    public async Task Invoke_AllowedFunction_Runs()
    {
        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions(FunctionAllowList.Plugin, [KernelFunctionFactory.CreateFromMethod(() => "ok", "get_finding")]);
        var log = new FunctionCallLog();
        kernel.FunctionInvocationFilters.Add(new AllowListFilter(FunctionAllowList.ReadOnly, log, NullLogger.Instance));

        (await kernel.InvokeAsync(FunctionAllowList.Plugin, "get_finding")).GetValue<string>().ShouldBe("ok");
        log.Refused.ShouldBe(0);
    }

    [Fact]
    public void Plugin_OffersOnlyTheReadOnlyLookups()
    {
        var methods = typeof(Modules.Ai.Plugins.FindingLookupPlugin).GetMethods()
            .Where(m => m.GetCustomAttributes(typeof(KernelFunctionAttribute), false).Length > 0)
            .Select(m => $"{FunctionAllowList.Plugin}-{((KernelFunctionAttribute)m.GetCustomAttributes(typeof(KernelFunctionAttribute), false)[0]).Name}")
            .ToList();

        methods.ShouldBe(FunctionAllowList.ReadOnly, ignoreOrder: true);
    }
}
