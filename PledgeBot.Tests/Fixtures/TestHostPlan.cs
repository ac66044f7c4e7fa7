using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PledgeBot.Tests.Fixtures;

/// <summary>What a <see cref="TestHostBuilder"/> collected for one <see cref="TestHost"/>: settings in the order given
/// (a later one wins; Store:DataDir among them replaces <see cref="DataDir"/>), service replacements, log providers and, for a socket, the loopback port (0: any free one).</summary>
internal sealed record TestHostPlan(
    string DataDir,
    TemporaryDirectory? OwnedDataDir,
    IReadOnlyList<(string Key, string Value)> Settings,
    IReadOnlyList<Action<IServiceCollection>> Services,
    IReadOnlyList<ILoggerProvider> Loggers,
    int? LoopbackPort);
