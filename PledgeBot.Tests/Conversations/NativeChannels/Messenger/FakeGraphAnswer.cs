namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

/// <summary>A scripted answer of the fake Graph API: a status and body, after an optional delay.</summary>
public sealed record FakeGraphAnswer(int Status, string? Body, TimeSpan Delay = default)
{
    public static FakeGraphAnswer Error(int status, int code, int? subcode = null) => new(
        status,
        subcode is { } sub
            ? $$$"""{"error":{"message":"scripted","type":"OAuthException","code":{{{code}}},"error_subcode":{{{sub}}},"fbtrace_id":"AbC123"}}"""
            : $$$"""{"error":{"message":"scripted","type":"OAuthException","code":{{{code}}},"fbtrace_id":"AbC123"}}""");

    public static FakeGraphAnswer Slow(TimeSpan delay) => new(200, null, delay);
}
