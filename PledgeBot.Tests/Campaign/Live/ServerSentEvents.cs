using System.Text;
using System.Text.Json;

namespace PledgeBot.Tests.Campaign.Live;

/// <summary>Reads a text/event-stream response a block at a time: the lines of one event (or comment) up to its blank line.</summary>
internal sealed class ServerSentEvents(Stream body) : IDisposable
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    /// <summary>The next block's lines, e.g. <c>["event: totals", "id: 3", "data: {...}"]</c>; fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var lines = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellation.Token) ?? throw new EndOfStreamException("The stream ended.");
            if (line.Length == 0 && lines.Count > 0)
            {
                return lines;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }
    }

    /// <summary>The next <c>totals</c> event's data, skipping comments and the retry field.</summary>
    public async Task<JsonElement> NextTotalsAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            var block = await NextAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            if (block.Contains("event: totals"))
            {
                var data = block.Single(l => l.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..];
                return JsonDocument.Parse(data).RootElement;
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
