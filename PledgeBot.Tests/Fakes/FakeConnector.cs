using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;

namespace PledgeBot.Tests.Fakes;

/// <summary>A channel's Connector on a real loopback socket: records every call and answers from a per-conversation
/// script, then 200 with a ResourceResponse.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeConnectorRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeConnectorResponse>> _scripts = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The root URL, ending in '/': <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector(LoopbackApp.Create());
        fake._app.Run(fake.AnswerAsync);
        var address = await LoopbackApp.StartAsync(fake._app);

        fake.BaseUrl = new Uri(address + "/");
        return fake;
    }

    /// <summary>Answers the next calls about <paramref name="conversationId"/> with these responses, in order.</summary>
    public void Script(string conversationId, params FakeConnectorResponse[] responses) =>
        _scripts[Uri.EscapeDataString(conversationId)] = new ConcurrentQueue<FakeConnectorResponse>(responses);

    /// <summary>The calls whose path names <paramref name="conversationId"/>, escaped as the protocol requires.</summary>
    public IReadOnlyList<FakeConnectorRequest> RequestsFor(string conversationId)
    {
        var escaped = $"/conversations/{Uri.EscapeDataString(conversationId)}/";
        return [.. _requests.Where(request => request.RawTarget.Contains(escaped, StringComparison.Ordinal))];
    }

    public IReadOnlyList<FakeConnectorRequest> AllRequests => [.. _requests];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new FakeConnectorRequest(context.Request.Method, rawTarget, headers, body, _clock.Elapsed));

        var response = Next(rawTarget);
        if (response.Delay is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller gave up waiting (its attempt timed out, or its host stopped).
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        if (response.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (response.Status is >= 200 and < 300)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id":"{{Guid.NewGuid():N}}"}""", context.RequestAborted);
        }
    }

    private FakeConnectorResponse Next(string rawTarget)
    {
        foreach (var (conversation, script) in _scripts)
        {
            if (rawTarget.Contains($"/conversations/{conversation}/", StringComparison.Ordinal) && script.TryDequeue(out var response))
            {
                return response;
            }
        }

        return FakeConnectorResponse.Accepted;
    }
}
