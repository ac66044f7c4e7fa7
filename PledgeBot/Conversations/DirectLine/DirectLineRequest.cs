using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Net.Http.Headers;
using PledgeBot.Http;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>What every Direct Line call reads from its request: the Bearer credential, the URLs this host answers on,
/// and a JSON body bounded in size.</summary>
internal static class DirectLineRequest
{
    /// <summary>The same bound as <c>/api/messages</c>: an activity is a few KB, anything near this is a mistake.</summary>
    public const int MaxBodyBytes = Messages.InboundActivityReader.MaxBodyBytes;

    public const string BasePath = "/v3/directline";

    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Where replies would be posted in Azure; stamped on activities as Direct Line does.</summary>
    public static string ServiceUrl(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}/";

    // The client opens it verbatim with new WebSocket(): ws:// beside http://, wss:// beside https://, token in `t`.
    public static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = QueryString.Create("t", token);
        if (watermark is { } position)
        {
            query = query.Add("watermark", position.ToString(CultureInfo.InvariantCulture));
        }

        return $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream{query}";
    }

    /// <summary>Reads <c>?watermark=</c>: absent or empty is none, a non-negative number is one, anything else is invalid.</summary>
    public static bool TryReadWatermark(HttpRequest request, out long? watermark)
    {
        watermark = null;
        var text = request.Query["watermark"].ToString();
        if (text.Length == 0)
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            watermark = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The body as <typeparamref name="T"/>; an empty body is <c>null</c> and succeeds. Fails when too large
    /// (<c>TooLarge</c>) or not that JSON in valid Unicode (<c>Invalid</c> says where, never quoting it).</summary>
    public static async Task<(bool Ok, T? Value, bool TooLarge, string? Invalid)> ReadJsonAsync<T>(
        HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var body = await BoundedBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (false, null, true, null);
        }

        if (body.Length == 0)
        {
            return (true, null, false, null);
        }

        try
        {
            // Strict: a lone surrogate read here would only fail when the activity log is written.
            return (true, StrictJson.Deserialize(body, typeInfo), false, null);
        }
        catch (JsonException exception)
        {
            return (false, null, false, string.Create(
                CultureInfo.InvariantCulture,
                $"at {exception.Path ?? "$"}, line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}"));
        }
    }
}
