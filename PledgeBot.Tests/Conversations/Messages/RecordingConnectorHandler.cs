using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace PledgeBot.Tests.Conversations.Messages;

/// <summary>A Connector in memory for unit tests: keeps each posted activity's JSON (in the order the posts finish) and
/// answers 200, the first one after <paramref name="firstDelay"/>.</summary>
internal sealed class RecordingConnectorHandler(TimeSpan firstDelay = default) : HttpMessageHandler
{
    private int _calls;

    public ConcurrentQueue<JsonNode> Posted { get; } = new();

    /// <summary>Posts that have arrived, finished or not.</summary>
    public int Arrived => Volatile.Read(ref _calls);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        if (Interlocked.Increment(ref _calls) == 1)
        {
            await Task.Delay(firstDelay, cancellationToken);
        }

        Posted.Enqueue(JsonNode.Parse(body)!);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"1"}""") };
    }
}
