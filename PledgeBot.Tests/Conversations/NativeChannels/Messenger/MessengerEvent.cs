using System.Text.Json;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

/// <summary>Webhook bodies as Meta sends them (Messenger Platform webhooks), for tests.</summary>
public static class MessengerEvent
{
    public const string PageId = "1122334455";

    private static long s_clock = 1_763_880_000_000;

    public static string Envelope(params string[] events) => Entries([.. events]);

    /// <summary>One entry per list of events, as Meta batches them.</summary>
    public static string Entries(params string[][] entries) =>
        "{\"object\":\"page\",\"entry\":[" + string.Join(",", entries.Select(Entry)) + "]}";

    private static string Entry(string[] events) =>
        $$$"""{"id":"{{{PageId}}}","time":{{{Tick()}}},"messaging":[{{{string.Join(",", events)}}}]}""";

    public static string Text(string psid, string text, string? mid = null) =>
        Event(psid, $$$"""{"message":{"mid":"{{{mid ?? NewMid()}}}","text":{{{Quote(text)}}}}}""");

    public static string QuickReply(string psid, string title, string payload) =>
        Event(psid, $$$"""{"message":{"mid":"{{{NewMid()}}}","text":{{{Quote(title)}}},"quick_reply":{"payload":{{{Quote(payload)}}}""" + "}}}");

    public static string Postback(string psid, string payload, string? referral = null) =>
        Event(psid, referral is null
            ? $$$"""{"postback":{"mid":"{{{NewMid()}}}","title":"Get Started","payload":{{{Quote(payload)}}}}}"""
            : $$$"""{"postback":{"mid":"{{{NewMid()}}}","title":"Get Started","payload":{{{Quote(payload)}}},"referral":{"ref":{{{Quote(referral)}}},"source":"SHORTLINK","type":"OPEN_THREAD"}""" + "}}");

    public static string Referral(string psid, string code) =>
        Event(psid, $$$"""{"referral":{"ref":{{{Quote(code)}}},"source":"SHORTLINK","type":"OPEN_THREAD"}}""");

    public static string Echo(string psid, string text) =>
        $$$"""{"sender":{"id":"{{{PageId}}}"},"recipient":{"id":"{{{psid}}}"},"timestamp":{{{Tick()}}},"message":{"mid":"{{{NewMid()}}}","is_echo":true,"app_id":1517,"text":{{{Quote(text)}}}}}""";

    public static string Delivery(string psid) =>
        Event(psid, $$$"""{"delivery":{"mids":["{{{NewMid()}}}"],"watermark":{{{Tick()}}}}}""");

    public static string Read(string psid) => Event(psid, $$$"""{"read":{"watermark":{{{Tick()}}}}}""");

    public static string NewPsid() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string NewMid() => $"m_{Guid.NewGuid():N}";

    private static string Event(string psid, string body) =>
        $$$"""{"sender":{"id":"{{{psid}}}"},"recipient":{"id":"{{{PageId}}}"},"timestamp":{{{Tick()}}},{{{body[1..^1]}}}}""";

    private static long Tick() => Interlocked.Increment(ref s_clock);

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
