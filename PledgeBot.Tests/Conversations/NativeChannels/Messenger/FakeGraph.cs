using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

/// <summary>Meta's Graph API on a real loopback socket: records every request and answers from a per-recipient script
/// (by PSID), then as the Send API does on success.</summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeGraphRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeGraphAnswer>> _scripts = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private FakeGraph(WebApplication app) => _app = app;

    /// <summary>The root URL, without a trailing '/': <c>http://127.0.0.1:{port}</c>.</summary>
    public string BaseUrl { get; private set; } = null!;

    public IReadOnlyList<FakeGraphRequest> AllRequests => [.. _requests];

    public static async Task<FakeGraph> StartAsync()
    {
        var fake = new FakeGraph(LoopbackApp.Create());
        fake._app.Run(fake.AnswerAsync);
        var address = await LoopbackApp.StartAsync(fake._app);
        fake.BaseUrl = address;
        return fake;
    }

    /// <summary>Answers the next sends to <paramref name="psid"/> with these, in order.</summary>
    public void Script(string psid, params FakeGraphAnswer[] answers) => _scripts[psid] = new ConcurrentQueue<FakeGraphAnswer>(answers);

    public IReadOnlyList<FakeGraphRequest> RequestsTo(string psid) => [.. _requests.Where(request => request.Recipient == psid)];

    /// <summary>Waits (polling, bounded) until <paramref name="count"/> sends to <paramref name="psid"/> arrived.</summary>
    public Task<IReadOnlyList<FakeGraphRequest>> WaitForAsync(string psid, int count, TimeSpan? timeout = null) =>
        Eventually.WaitAsync(
            () => RequestsTo(psid),
            requests => requests.Count >= count,
            timeout ?? TimeSpan.FromSeconds(20),
            requests => $"{requests.Count} of {count} sends: {string.Join(" | ", requests.Select(r => r.Text))}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new FakeGraphRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty, headers, body, _clock.Elapsed);
        _requests.Enqueue(request);

        var psid = RecipientOf(body);
        var answer = psid is not null && _scripts.TryGetValue(psid, out var script) && script.TryDequeue(out var next) ? next : null;
        if (answer?.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = answer?.Status ?? 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(
            answer?.Body ?? $$"""{"recipient_id":"{{psid}}","message_id":"m_{{Guid.NewGuid():N}}"}""", context.RequestAborted);
    }

    private static string? RecipientOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("recipient", out var recipient) ? recipient.GetProperty("id").GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
