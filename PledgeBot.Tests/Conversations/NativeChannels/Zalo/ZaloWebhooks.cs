using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PledgeBot.Tests.Conversations.NativeChannels.Zalo;

/// <summary>Zalo webhook events as Zalo sends them, signed the way Zalo signs them: <c>mac=</c> + lowercase hex
/// SHA-256 of app_id + raw body + timestamp + OA secret key.</summary>
public static class ZaloWebhooks
{
    public const string OaId = "4321987654321";
    public const string AppId = "2345678901";
    public const string SecretKey = "oa-secret-key";

    public static string Text(string user, string text, string? msgId = null, DateTimeOffset? at = null) =>
        Event("user_send_text", at, new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = user },
            ["recipient"] = new JsonObject { ["id"] = OaId },
            ["message"] = new JsonObject { ["msg_id"] = msgId ?? NewId(), ["text"] = text },
        });

    public static string Follow(string user, DateTimeOffset? at = null) =>
        Event("follow", at, new JsonObject
        {
            ["oa_id"] = OaId,
            ["source"] = "oa_profile",
            ["follower"] = new JsonObject { ["id"] = user },
        });

    public static string Other(string eventName, string user) =>
        Event(eventName, null, new JsonObject
        {
            ["sender"] = new JsonObject { ["id"] = user },
            ["user_id"] = user,
            ["oa_id"] = OaId,
            ["follower"] = new JsonObject { ["id"] = user },
            ["recipient"] = new JsonObject { ["id"] = OaId },
            ["message"] = new JsonObject { ["msg_id"] = NewId(), ["text"] = "echo" },
            ["info"] = new JsonObject { ["name"] = "Nguyễn Văn A", ["phone"] = "0912345678" },
        });

    public static string NewId() => Guid.NewGuid().ToString("N");

    public static string NewUser() => RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture) + "77";

    public static string Mac(string body, string appId = AppId, string secretKey = SecretKey)
    {
        // As Zalo does: the timestamp's value as written in the body, string or number.
        var timestamp = Regex.Match(body, "\"timestamp\":\"?(\\d+)").Groups[1].Value;
        return "mac=" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appId + body + timestamp + secretKey)));
    }

    /// <summary>Posts <paramref name="body"/> with its signature (or <paramref name="signature"/> when given).</summary>
    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string body, string? signature = null, bool withSignature = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/channels/zalo") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (withSignature)
        {
            request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature ?? Mac(body));
        }

        return client.SendAsync(request);
    }

    private static string Event(string name, DateTimeOffset? at, JsonObject fields)
    {
        var body = new JsonObject
        {
            ["app_id"] = AppId,
            ["user_id_by_app"] = "552177279717587730",
            ["event_name"] = name,
            ["timestamp"] = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in fields)
        {
            body[key] = value?.DeepClone();
        }

        return body.ToJsonString();
    }
}
