using System.Text.Json;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

/// <summary>Updates shaped as the Telegram Bot API delivers them: a private chat's text, photo or button tap.</summary>
public static class TelegramUpdateJson
{
    private static readonly long s_date = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    public static string Text(int updateId, long chat, string text, string? languageCode = "vi") =>
        $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"from":{{{From(chat, languageCode)}}},"chat":{"id":{{{chat}}},"first_name":"Lan","type":"private"},"date":{{{s_date}}},"text":{{{JsonSerializer.Serialize(text)}}}}}""";

    public static string Photo(int updateId, long chat, string? caption) =>
        $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"from":{{{From(chat, "vi")}}},"chat":{"id":{{{chat}}},"type":"private"},"date":{{{s_date}}},"photo":[{"file_id":"AgAD","file_unique_id":"u1","width":90,"height":90}]{{{(caption is null ? "" : $",\"caption\":{JsonSerializer.Serialize(caption)}")}}}}}""";

    public static string Group(int updateId, long chat, string text) =>
        $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"from":{{{From(7, "vi")}}},"chat":{"id":{{{chat}}},"title":"Lớp 10A","type":"group"},"date":{{{s_date}}},"text":{{{JsonSerializer.Serialize(text)}}}}}""";

    public static string Edited(int updateId, long chat, string text) =>
        $$$"""{"update_id":{{{updateId}}},"edited_message":{"message_id":1,"from":{{{From(chat, "vi")}}},"chat":{"id":{{{chat}}},"type":"private"},"date":{{{s_date}}},"edit_date":{{{s_date + 5}}},"text":{{{JsonSerializer.Serialize(text)}}}}}""";

    public static string Tap(int updateId, long chat, string data, string callbackId) =>
        $$$"""{"update_id":{{{updateId}}},"callback_query":{"id":{{{JsonSerializer.Serialize(callbackId)}}},"from":{{{From(chat, "vi")}}},"message":{"message_id":3,"date":{{{s_date}}},"chat":{"id":{{{chat}}},"type":"private"}},"chat_instance":"-42","data":{{{JsonSerializer.Serialize(data)}}}}}""";

    private static string From(long user, string? languageCode) =>
        $$$"""{"id":{{{user}}},"is_bot":false,"first_name":"Lan","username":"lan_hn"{{{(languageCode is null ? "" : $",\"language_code\":\"{languageCode}\"")}}}}""";
}
