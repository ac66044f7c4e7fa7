namespace PledgeBot.Tests.Fakes;

/// <summary>What the fake Connector answers to one call, after <see cref="Delay"/> when set (the call is recorded as it
/// arrives; the wait ends early when the caller gives up).</summary>
public sealed record FakeConnectorResponse(int Status, TimeSpan? RetryAfter = null, TimeSpan? Delay = null)
{
    public static FakeConnectorResponse Accepted { get; } = new(200);

    /// <summary>200, but only after <paramref name="delay"/>: a slow Connector.</summary>
    public static FakeConnectorResponse AcceptedAfter(TimeSpan delay) => new(200, Delay: delay);
}
