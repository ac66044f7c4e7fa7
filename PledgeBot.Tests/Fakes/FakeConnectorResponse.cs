namespace PledgeBot.Tests.Fakes;

/// <summary>What the fake Connector answers to one call.</summary>
public sealed record FakeConnectorResponse(int Status, TimeSpan? RetryAfter = null)
{
    public static FakeConnectorResponse Accepted { get; } = new(200);
}
