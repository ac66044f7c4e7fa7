using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PledgeBot.Observability;

/// <summary>Takes identifiers out of the HTTP spans the instrumentation records. Paths carry conversation, activity and
/// user ids (Connector, Direct Line, Zalo) and Telegram's bot token (/bot&lt;token&gt;/sendMessage); a query string can
/// carry a Direct Line token. A path keeps only its words (conversations, sendMessage) and versions (v3); anything
/// else becomes {id}.</summary>
internal static partial class TelemetryScrubbing
{
    private const string Placeholder = "{id}";

    /// <summary>Server spans: the route template when routing matched, else the shaped path; no query, no user agent.</summary>
    public static void ScrubServerRequest(Activity span, HttpRequest request)
    {
        span.SetTag("url.path", ShapePath(request.Path.Value));
        span.SetTag("url.query", null);
        span.SetTag("user_agent.original", null);
    }

    /// <summary>Client spans (Connector, Telegram, Messenger, Zalo, Azure): scheme, host, port and the shaped path.</summary>
    public static void ScrubClientRequest(Activity span, HttpRequestMessage request)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            return;
        }

        span.SetTag("url.full", $"{uri.Scheme}://{uri.Authority}{ShapePath(uri.AbsolutePath)}");
        span.SetTag("url.query", null);
    }

    public static string ShapePath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "/")
        {
            return "/";
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && !IsWord(segments[i]))
            {
                segments[i] = Placeholder;
            }
        }

        return string.Join('/', segments);
    }

    // Letters only and short: an API's words are, random ids (22+ base64 characters, digits) are not.
    private static bool IsWord(string segment) => Word().IsMatch(segment) || Version().IsMatch(segment);

    [GeneratedRegex("^[A-Za-z][A-Za-z._-]{0,19}$")]
    private static partial Regex Word();

    [GeneratedRegex(@"^v\d{1,2}(\.\d{1,2})?$")]
    private static partial Regex Version();
}
