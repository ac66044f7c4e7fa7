using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Safety;

/// <summary>A stand-in for Azure AI Language on a loopback port (real Kestrel): records each request and answers with
/// the documented shapes of the Azure AI Language REST API (analyze-text), or with whatever <see cref="Respond"/>
/// says.</summary>
public sealed class FakeLanguageService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeLanguageService(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers a request of the given kind; the default replays documented successful results.</summary>
    public Func<string, HttpContext, Task>? Respond { get; set; }

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakeLanguageService> StartAsync()
    {
        var app = LoopbackApp.Create();
        var fake = new FakeLanguageService(app);
        app.Run(fake.HandleAsync);
        fake.Endpoint = new Uri(await LoopbackApp.StartAsync(app));
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var kind = body.RootElement.GetProperty("kind").GetString()!;
        Requests.Enqueue(new RecordedRequest(
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers["Ocp-Apim-Subscription-Key"].ToString(),
            context.Request.ContentType ?? string.Empty,
            kind,
            body.RootElement.Clone()));
        if (Respond is { } respond)
        {
            await respond(kind, context);
            return;
        }

        await WriteAsync(context, 200, Documented(kind));
    }

    public static Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public static string Documented(string kind) => kind switch
    {
        "LanguageDetection" => """{"kind":"LanguageDetectionResults","results":{"documents":[{"id":"1","detectedLanguage":{"name":"Vietnamese","iso6391Name":"vi","confidenceScore":0.99,"scriptName":"Latin","scriptIso15924Code":"Latn"},"warnings":[]}],"errors":[],"modelVersion":"2024-11-01"}}""",
        "PiiEntityRecognition" => """{"kind":"PiiEntityRecognitionResults","results":{"documents":[{"id":"1","redactedText":"số mình là ************** nhé","entities":[{"text":"0912 345 678","category":"PhoneNumber","offset":11,"length":12,"confidenceScore":0.8}],"warnings":[]}],"errors":[],"modelVersion":"2025-01-15"}}""",
        "SentimentAnalysis" => """{"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"1","sentiment":"negative","confidenceScores":{"positive":0.0,"neutral":0.01,"negative":0.99},"sentences":[],"warnings":[]}],"errors":[],"modelVersion":"2025-01-01"}}""",
        _ => """{"error":{"code":"InvalidRequest","message":"Unknown kind."}}""",
    };

    public static string DocumentError(string kind, string inner) =>
        "{\"kind\":\"" + kind + "Results\",\"results\":{\"documents\":[],\"errors\":[{\"id\":\"1\",\"error\":{\"code\":\"InvalidArgument\","
        + "\"message\":\"Invalid language code.\",\"innererror\":{\"code\":\"" + inner + "\",\"message\":\"Invalid language code.\"}}}],"
        + "\"modelVersion\":\"latest\"}}";
}
