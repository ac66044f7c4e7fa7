using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace PledgeBot.Classes;

/// <summary><c>GET /api/classes/{code}/stream?t=</c>: Server-Sent Events for the teacher's screen — <c>phase</c>,
/// <c>joined</c>, <c>question</c>, <c>answered</c>, <c>distribution</c> and <c>summary</c>, each sent when it changes.
/// A change on any instance wakes the stream through <see cref="ClassSignals"/>; the stream then reads the store.</summary>
internal static class ClassStream
{
    private static readonly TimeSpan s_coalesce = TimeSpan.FromMilliseconds(150);
    private static readonly byte[] s_retry = "retry: 2000\n\n"u8.ToArray();
    private static readonly byte[] s_heartbeat = ": heartbeat\n\n"u8.ToArray();

    public static async Task<Results<EmptyHttpResult, NotFound, ProblemHttpResult>> StreamAsync(
        string code, string? t, HttpContext context, ClassAccess access, ClassStore store, ClassReader reader, ClassSignals signals,
        IOptions<ClassesOptions> options)
    {
        var normalized = code.ToUpperInvariant();
        if (access.Check(context, normalized, t) is not (ClassAccessResult.Teacher or ClassAccessResult.Staff))
        {
            return ClassEndpoints.Unauthorized();
        }

        var cancellationToken = context.RequestAborted;
        if (await store.GetAsync(normalized, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-transform";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var watch = await signals.WatchAsync(normalized, cancellationToken);
        var sent = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            await response.Body.WriteAsync(s_retry, cancellationToken);
            while (await store.GetAsync(normalized, cancellationToken) is { } session)
            {
                var screen = await reader.ScreenAsync(session, cancellationToken);
                await WriteChangesAsync(response.Body, screen, sent, cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                if (await watch.WaitAsync(options.Value.Heartbeat, cancellationToken))
                {
                    await Task.Delay(s_coalesce, cancellationToken);
                }
                else
                {
                    await response.Body.WriteAsync(s_heartbeat, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The screen went away.
        }

        return TypedResults.Empty;
    }

    private static async Task WriteChangesAsync(Stream body, ClassScreen screen, Dictionary<string, string> sent, CancellationToken cancellationToken)
    {
        var context = ClassesJsonContext.Default;
        (string Name, string Data)[] events =
        [
            ("phase", JsonSerializer.Serialize(screen.Phase, context.String)),
            ("joined", JsonSerializer.Serialize(screen.Joined, context.Int64)),
            ("question", screen.Question is null ? "null" : JsonSerializer.Serialize(screen.Question, context.ClassScreenQuestion)),
            ("answered", JsonSerializer.Serialize(screen.Answered, context.Int64)),
            ("distribution", screen.Distribution is null ? "null" : JsonSerializer.Serialize(screen.Distribution, context.ClassDistribution)),
            ("summary", screen.Summary is null ? "null" : JsonSerializer.Serialize(screen.Summary, context.ClassEndSummary)),
        ];
        foreach (var (name, data) in events)
        {
            if (sent.TryGetValue(name, out var last) && last == data)
            {
                continue;
            }

            sent[name] = data;
            await body.WriteAsync(Encoding.UTF8.GetBytes($"event: {name}\ndata: {data}\n\n"), cancellationToken);
        }
    }
}
