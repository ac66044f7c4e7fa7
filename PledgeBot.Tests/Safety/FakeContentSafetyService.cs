using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using PledgeBot.Safety;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Safety;

/// <summary>A stand-in for Azure AI Content Safety's text:analyze on a loopback port (real Kestrel): records each
/// request and answers with the documented shape (Azure AI Content Safety, text:analyze) and <see
/// cref="Severities"/>, or with whatever <see cref="Respond"/> says.</summary>
public sealed class FakeContentSafetyService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeContentSafetyService(WebApplication app) => _app = app;

    public ConcurrentQueue<ContentSafetyRequest> Requests { get; } = new();

    /// <summary>The severities of the documented answer.</summary>
    public ContentSafetySeverities Severities { get; set; } = ContentSafetySeverities.Safe;

    /// <summary>Answers a request instead of the documented answer.</summary>
    public Func<ContentSafetyRequest, HttpContext, Task>? Respond { get; set; }

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakeContentSafetyService> StartAsync(Action<ListenOptions>? listen = null)
    {
        var app = LoopbackApp.Create(listen);
        var fake = new FakeContentSafetyService(app);
        app.Run(fake.HandleAsync);
        fake.Endpoint = new Uri(await LoopbackApp.StartAsync(app));
        return fake;
    }

    public void Reset()
    {
        Requests.Clear();
        Severities = ContentSafetySeverities.Safe;
        Respond = null;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public static Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    public static string Documented(ContentSafetySeverities severities) =>
        $$"""{"blocklistsMatch":[],"categoriesAnalysis":[{"category":"Hate","severity":{{severities.Hate}}},{"category":"SelfHarm","severity":{{severities.SelfHarm}}},{"category":"Sexual","severity":{{severities.Sexual}}},{"category":"Violence","severity":{{severities.Violence}}}]}""";

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var request = new ContentSafetyRequest(
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers["Ocp-Apim-Subscription-Key"].ToString(),
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType ?? string.Empty,
            body.RootElement.Clone());
        Requests.Enqueue(request);
        if (Respond is { } respond)
        {
            await respond(request, context);
            return;
        }

        await WriteAsync(context, 200, Documented(Severities));
    }
}
