using System.Reflection;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Identity;

/// <summary>
/// Every public operation of every module facade, called through the real registrations, refuses each actor below
/// the role <see cref="FacadeAccessMatrix"/> names and lets that role through. Arguments are defaults and the
/// cancellation token is already cancelled: the role check comes first, so whatever else fails afterwards is fine.
/// </summary>
public sealed class FacadeAccessMatrixTests(FacadeAccessMatrixTests.Host host) : IClassFixture<FacadeAccessMatrixTests.Host>
{
    public static TheoryData<string> Operations => [.. FacadeOperations().Select(o => o.Key).Where(FacadeAccessMatrix.Required.ContainsKey)];

    [Fact]
    public void EveryFacadeOperation_HasAnEntryInTheMatrix()
    {
        var operations = FacadeOperations().Select(o => o.Key).ToList();

        operations.Where(o => !FacadeAccessMatrix.Required.ContainsKey(o)).ShouldBeEmpty("classify each new facade operation in FacadeAccessMatrix");
        FacadeAccessMatrix.Required.Keys.Except(operations).ShouldBeEmpty("the matrix names operations that no longer exist");
        operations.Count.ShouldBeGreaterThan(100);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_RefusesActorsBelowItsRole(string operation)
    {
        var required = FacadeAccessMatrix.Required[operation];
        var refused = FacadeAccessMatrix.Refused(required).ToList();

        foreach (var (name, actor) in refused)
        {
            var error = await host.InvokeAsync(operation, actor);
            error.ShouldBeOfType<AccessDeniedException>($"{operation} must refuse {name} (needs {required})");
        }

        if (required != FacadeAccessMatrix.Anyone)
        {
            refused.ShouldNotBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_LetsItsRoleThrough(string operation)
    {
        var required = FacadeAccessMatrix.Required[operation];

        var error = await host.InvokeAsync(operation, FacadeAccessMatrix.Allowed(required));

        error.ShouldNotBeOfType<AccessDeniedException>($"{operation} must let {required} through");
    }

    private static IEnumerable<KeyValuePair<string, (Type Facade, MethodInfo Method)>> FacadeOperations() =>
        typeof(IIngestionFacade).Assembly.GetTypes()
            .Where(t => t is { IsInterface: true, IsPublic: true } && t.Name.StartsWith('I') && t.Name.EndsWith("Facade", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods().Select(m => KeyValuePair.Create($"{t.Name}.{m.Name}", (t, m))))
            .OrderBy(o => o.Key, StringComparer.Ordinal);

    public sealed class Host : IAsyncLifetime
    {
        private TestServices? _services;

        public async Task InitializeAsync() => _services = await TestServices.CreateAsync();

        public async Task DisposeAsync()
        {
            if (_services is not null)
            {
                await _services.DisposeAsync();
            }
        }

        /// <summary>Calls the operation as <paramref name="actor"/> and returns what it threw (synchronously or from its task), if anything.</summary>
        public async Task<Exception?> InvokeAsync(string operation, Actor actor)
        {
            var (facadeType, method) = FacadeOperations().Single(o => o.Key == operation).Value;
            var facade = _services!.GetType().GetMethod(nameof(TestServices.Get))!.MakeGenericMethod(facadeType).Invoke(_services, null)!;
            var arguments = method.GetParameters().Select(Dummy).ToArray();
            using var scope = _services.As(actor);
            try
            {
                var result = method.Invoke(facade, arguments);
                await CompleteAsync(result);
                return null;
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                return ex.InnerException;
            }
            catch (Exception ex) when (ex is not ShouldAssertException)
            {
                return ex;
            }
        }

        private static object? Dummy(ParameterInfo parameter) =>
            parameter.ParameterType == typeof(CancellationToken) ? new CancellationToken(canceled: true)
            : parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType)
            : null;

        private static async Task CompleteAsync(object? result)
        {
            switch (result)
            {
                case Task task:
                    var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(30)));
                    if (finished == task)
                    {
                        await task;
                    }

                    break;
                case not null when result.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)) is { } enumerable:
                    var enumerator = enumerable.GetMethod("GetAsyncEnumerator")!.Invoke(result, [new CancellationToken(canceled: true)])!;
                    var moveNext = (ValueTask<bool>)enumerator.GetType().GetInterfaces()
                        .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerator<>)).GetMethod("MoveNextAsync")!.Invoke(enumerator, null)!;
                    await moveNext;
                    break;
            }
        }
    }
}
