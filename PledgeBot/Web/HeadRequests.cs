using PledgeBot.Campaign.Live;

namespace PledgeBot.Web;

/// <summary>Runs a HEAD request as the GET it stands for and throws the body away. Kestrel remembers the request was
/// HEAD and sends no body bytes whatever is written; the stream is swapped as well so nothing is rendered for nobody.
/// The live event stream never ends, so its HEAD is answered with its headers alone.</summary>
internal sealed class HeadRequests(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        if (context.Request.Path.Equals(LiveEndpoints.StreamRoute, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache, no-transform";
            return Task.CompletedTask;
        }

        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        return next(context);
    }
}
