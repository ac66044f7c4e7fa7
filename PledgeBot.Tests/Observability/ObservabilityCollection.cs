namespace PledgeBot.Tests.Observability;

/// <summary>The observability tests share one host exporting to memory.</summary>
[CollectionDefinition(Name)]
public sealed class ObservabilityCollection : ICollectionFixture<ObservabilityHostFixture>
{
    public const string Name = "Observability";
}
