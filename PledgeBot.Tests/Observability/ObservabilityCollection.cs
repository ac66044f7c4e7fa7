namespace PledgeBot.Tests.Observability;

/// <summary>The observability tests share one host exporting to memory. They run alone, after the parallel collections:
/// a meter provider listens to every meter of a name in the process, and another test host's instruments of the same
/// name (registered first, then disposed with that host) would shadow this host's.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ObservabilityCollection : ICollectionFixture<ObservabilityHostFixture>
{
    public const string Name = "Observability";
}
