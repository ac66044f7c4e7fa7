namespace PledgeBot.Tests.Fakes;

/// <summary>One call the bot made to the fake Connector; <see cref="RawTarget"/> is the path exactly as sent.</summary>
public sealed record FakeConnectorRequest(
    string Method,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    TimeSpan ReceivedAt);
