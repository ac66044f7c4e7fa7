using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using StackExchange.Redis;

namespace PledgeBot.Counsel;

/// <summary><c>GET /api/counsel/{id}/stream</c> (Server-Sent Events), for the counsellor holding the chat: the chat so
/// far, then each message as it arrives on any instance (the chat's pub/sub channel), with its risk; <c>ended</c> or
/// <c>released</c> closes it. A heartbeat comment keeps proxies from cutting a quiet chat.</summary>
internal static class CounselStream
{
    private static readonly TimeSpan s_heartbeat = TimeSpan.FromSeconds(15);
    private static readonly byte[] s_heartbeatFrame = ": heartbeat\n\n"u8.ToArray();

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> StreamAsync(
        string id, HttpContext context, CounselChats chats, CounselTranscripts transcripts, IConnectionMultiplexer store,
        CounselRedisKeys keys, TimeProvider time)
    {
        var cancellationToken = context.RequestAborted;
        if (!CounselChats.IsChatId(id) || await chats.GetAsync(id, cancellationToken) is not { } item)
        {
            return CounselEndpoints.NotFound();
        }

        if (item.ClaimedBy != CounselEndpoints.KeyId(context))
        {
            return CounselEndpoints.Problem(CounselOutcome.HeldByAnother);
        }

        // Subscribed before the chat so far is read: nothing said in between is lost (duplicates are skipped by seq).
        var subscription = await store.GetSubscriber().SubscribeAsync(keys.Events(id));
        try
        {
            var response = context.Response;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache, no-transform";
            response.Headers["X-Accel-Buffering"] = "no";
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            await response.Body.WriteAsync("retry: 3000\n\n"u8.ToArray(), cancellationToken);
            var sent = 0;
            foreach (var entry in await transcripts.ReadAsync(id, cancellationToken))
            {
                await WriteAsync(response.Body, Message(entry, sent++), cancellationToken);
            }

            await response.Body.FlushAsync(cancellationToken);
            await RelayAsync(id, subscription, transcripts, response.Body, sent, time, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The counsellor closed the page.
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }

        return TypedResults.Empty;
    }

    private static async Task RelayAsync(
        string id, ChannelMessageQueue subscription, CounselTranscripts transcripts, Stream body, int sent, TimeProvider time, CancellationToken cancellationToken)
    {
        // One read stays pending across heartbeats: waiting on it again loses no message.
        var pending = subscription.ReadAsync(cancellationToken).AsTask();
        while (true)
        {
            ChannelMessage next;
            try
            {
                next = await pending.WaitAsync(s_heartbeat, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                await body.WriteAsync(s_heartbeatFrame, cancellationToken);
                await body.FlushAsync(cancellationToken);
                continue;
            }

            pending = subscription.ReadAsync(cancellationToken).AsTask();
            var published = JsonSerializer.Deserialize((string)next.Message!, CounselJsonContext.Default.CounselStreamEvent);
            if (published is null)
            {
                continue;
            }

            if (published.Type == CounselStreamEvent.Message)
            {
                if (published.Seq is not { } seq || seq < sent)
                {
                    continue;
                }

                sent = seq + 1;
                await WriteAsync(body, Message(transcripts.Open(id, published.Sealed ?? string.Empty), seq), cancellationToken);
                await body.FlushAsync(cancellationToken);
                continue;
            }

            await WriteAsync(body, published with { Sealed = null }, cancellationToken);
            await body.FlushAsync(cancellationToken);
            return;
        }
    }

    private static CounselStreamEvent Message(TranscriptEntry entry, int seq) => new(CounselStreamEvent.Message)
    {
        Seq = seq,
        From = entry.From,
        Text = entry.Text,
        At = entry.At,
        Risk = entry.Risk,
        Categories = entry.Categories,
    };

    private static async Task WriteAsync(Stream body, CounselStreamEvent streamEvent, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(streamEvent, CounselJsonContext.Default.CounselStreamEvent);
        await body.WriteAsync(Encoding.UTF8.GetBytes($"event: {streamEvent.Type}\ndata: {json}\n\n"), cancellationToken);
    }
}
