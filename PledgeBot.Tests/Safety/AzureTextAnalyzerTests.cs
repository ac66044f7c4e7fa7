using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Safety;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class AzureTextAnalyzerTests : IAsyncLifetime
{
    private const string Phone = "0912 345 678";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private FakeLanguageService _service = null!;

    public async Task InitializeAsync() => _service = await FakeLanguageService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Sends_one_documented_request_per_kind_with_the_key_and_asks_the_service_not_to_log()
    {
        var (analyzer, breaker) = Create();

        var analysis = await analyzer.AnalyzeAsync($"số mình là {Phone} nhé", "vi-VN", CancellationToken.None);

        Assert.Equal(["LanguageDetection", "PiiEntityRecognition", "SentimentAnalysis"], _service.Requests.Select(r => r.Kind).Order());
        Assert.All(_service.Requests, request =>
        {
            Assert.Equal("/language/:analyze-text?api-version=2025-11-01", request.PathAndQuery);
            Assert.Equal("test-key", request.SubscriptionKey);
            Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
            var document = Assert.Single(request.Body.GetProperty("analysisInput").GetProperty("documents").EnumerateArray());
            Assert.Equal("1", document.GetProperty("id").GetString());
            Assert.Equal("latest", request.Body.GetProperty("parameters").GetProperty("modelVersion").GetString());
        });
        var pii = _service.Requests.Single(r => r.Kind == "PiiEntityRecognition").Body;
        Assert.True(pii.GetProperty("parameters").GetProperty("loggingOptOut").GetBoolean());
        Assert.Equal("Utf16CodeUnit", pii.GetProperty("parameters").GetProperty("stringIndexType").GetString());
        Assert.Equal("vi", pii.GetProperty("analysisInput").GetProperty("documents")[0].GetProperty("language").GetString());
        var detection = _service.Requests.Single(r => r.Kind == "LanguageDetection").Body;
        Assert.Equal("VN", detection.GetProperty("analysisInput").GetProperty("documents")[0].GetProperty("countryHint").GetString());
        Assert.True(_service.Requests.Single(r => r.Kind == "SentimentAnalysis").Body.GetProperty("parameters").GetProperty("loggingOptOut").GetBoolean());

        Assert.Equal("vi", analysis.Language);
        Assert.DoesNotContain("345", analysis.RedactedText, StringComparison.Ordinal);
        Assert.Equal(RiskLevel.Concern, analysis.Risk);
        Assert.Equal(0, breaker.Fallbacks);
    }

    [Fact]
    public async Task Keeps_the_lexicons_high_risk_and_category_that_the_service_has_no_name_for()
    {
        var (analyzer, _) = Create();

        var analysis = await analyzer.AnalyzeAsync("anh ấy bảo đây là bí mật của hai đứa, đừng nói với bố mẹ", "vi-VN", CancellationToken.None);

        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Contains(SafetyCategories.Grooming, analysis.Categories);
    }

    [Fact]
    public async Task Redacts_locally_when_the_service_cannot_read_the_document()
    {
        var (analyzer, breaker) = Create();
        _service.Respond = (kind, context) => kind == "PiiEntityRecognition"
            ? FakeLanguageService.WriteAsync(context, 200, FakeLanguageService.DocumentError(kind, "UnsupportedLanguageCode"))
            : FakeLanguageService.WriteAsync(context, 200, FakeLanguageService.Documented(kind));

        var analysis = await analyzer.AnalyzeAsync($"số mình là {Phone}", "vi-VN", CancellationToken.None);

        Assert.Contains(PiiRedactor.Phone, analysis.RedactedText, StringComparison.Ordinal);
        Assert.Equal(0, breaker.Fallbacks);
    }

    [Theory]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "Forbidden")]
    [InlineData(500, "InternalServerError")]
    [InlineData(503, "ServiceUnavailable")]
    public async Task Answers_with_the_local_analyzer_when_the_service_fails(int status, string code)
    {
        var (analyzer, breaker) = Create();
        _service.Respond = (_, context) => FakeLanguageService.WriteAsync(context, status, $$$"""{"error":{"code":"{{{code}}}","message":"No."}}""");

        var analysis = await analyzer.AnalyzeAsync($"tao muốn chết, số tao {Phone}", "vi-VN", CancellationToken.None);

        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Contains(PiiRedactor.Phone, analysis.RedactedText, StringComparison.Ordinal);
        Assert.Equal(1, breaker.Fallbacks);
    }

    [Fact]
    public async Task Rests_the_service_for_as_long_as_a_429_asks_and_then_calls_it_again()
    {
        var (analyzer, breaker) = Create();
        _service.Respond = (_, context) =>
        {
            context.Response.Headers.RetryAfter = "30";
            return FakeLanguageService.WriteAsync(context, 429, """{"error":{"code":"TooManyRequests","message":"Slow down."}}""");
        };

        await analyzer.AnalyzeAsync("xin chào", "vi-VN", CancellationToken.None);
        var calls = _service.Requests.Count;
        var resting = await analyzer.AnalyzeAsync("tao muốn chết", "vi-VN", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(31));
        _service.Respond = null;
        await analyzer.AnalyzeAsync("xin chào", "vi-VN", CancellationToken.None);

        Assert.Equal(RiskLevel.High, resting.Risk);
        Assert.Equal(2, breaker.Fallbacks);
        Assert.Equal(calls + 3, _service.Requests.Count);
    }

    [Fact]
    public async Task Opens_the_breaker_after_a_run_of_failures()
    {
        var (analyzer, breaker) = Create();
        _service.Respond = (_, context) => FakeLanguageService.WriteAsync(context, 500, """{"error":{"code":"InternalServerError","message":"No."}}""");

        for (var i = 0; i < 3; i++)
        {
            await analyzer.AnalyzeAsync("xin chào", "vi-VN", CancellationToken.None);
        }

        var calls = _service.Requests.Count;
        await analyzer.AnalyzeAsync("xin chào", "vi-VN", CancellationToken.None);

        Assert.True(breaker.IsOpen);
        Assert.Equal(calls, _service.Requests.Count);
        Assert.Equal(4, breaker.Fallbacks);
    }

    [Fact]
    public async Task Gives_up_on_a_slow_service_within_the_time_budget()
    {
        var (analyzer, breaker) = Create(budgetMilliseconds: 200);
        _service.Respond = async (kind, context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            await FakeLanguageService.WriteAsync(context, 200, FakeLanguageService.Documented(kind));
        };
        var watch = Stopwatch.StartNew();

        var analysis = await analyzer.AnalyzeAsync("i want to die", "en-US", CancellationToken.None);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Equal(1, breaker.Fallbacks);
    }

    [Fact]
    public async Task Never_writes_the_text_or_a_phone_number_to_the_log_when_it_falls_back()
    {
        var logs = new CapturedLogs();
        var (analyzer, _) = Create(logs: logs);
        _service.Respond = (_, context) => FakeLanguageService.WriteAsync(context, 500, """{"error":{"code":"InternalServerError","message":"No."}}""");

        await analyzer.AnalyzeAsync($"nó dọa giết em, số nó {Phone}", "vi-VN", CancellationToken.None);

        Assert.Contains(logs.Lines, line => line.Contains("5001", StringComparison.Ordinal));
        Assert.DoesNotContain("345", logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("giết", logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_the_local_analyzer_unless_an_endpoint_is_configured()
    {
        Assert.IsType<LocalTextAnalyzer>(Provider(new()).GetRequiredService<ITextAnalyzer>());
        Assert.IsType<AzureTextAnalyzer>(Provider(new() { ["Safety:Azure:Endpoint"] = _service.Endpoint.ToString(), ["Safety:Azure:Key"] = "k" })
            .GetRequiredService<ITextAnalyzer>());
    }

    [Theory]
    [InlineData("Safety:Azure:Endpoint", "ftp://language.example")]
    [InlineData("Safety:Azure:Endpoint", "http://language.example")]
    [InlineData("Safety:Azure:BudgetMilliseconds", "0")]
    [InlineData("Safety:Azure:BudgetMilliseconds", "soon")]
    [InlineData("Safety:Azure:Budget", "00:00:00")]
    [InlineData("Safety:Azure:Budget", "00:05:00")]
    public void Refuses_bad_configuration(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["Safety:Azure:Endpoint"] = "https://language.example", [key] = value };

        Assert.Throws<OptionsValidationException>(() => Provider(settings).GetRequiredService<IOptions<AzureLanguageOptions>>().Value);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PledgeBot.Dialogs.Content.IContentSource>(SafetyTestContent.Source);
        services.AddSingleton<LocalTextAnalyzer>();
        services.AddSingleton<ITextAnalyzer>(provider => provider.GetRequiredService<LocalTextAnalyzer>());
        services.AddSafety(configuration);
        return services.BuildServiceProvider();
    }

    private (AzureTextAnalyzer Analyzer, LanguageServiceBreaker Breaker) Create(int budgetMilliseconds = 1_500, CapturedLogs? logs = null)
    {
        var options = Options.Create(new AzureLanguageOptions { Endpoint = _service.Endpoint, Key = "test-key", Budget = TimeSpan.FromMilliseconds(budgetMilliseconds) });
        var breaker = new LanguageServiceBreaker(_clock, options);
        ILoggerFactory factory = logs is null ? NullLoggerFactory.Instance : new LoggerFactory([logs]);
        var language = new RemoteService<AzureLanguageClient>(SafetyServiceCollectionExtensions.LanguageServiceName, new AzureLanguageClient(options), breaker);
        var analyzer = new AzureTextAnalyzer(SafetyTestContent.Analyzer, options, factory.CreateLogger<AzureTextAnalyzer>(), language);
        return (analyzer, breaker);
    }
}
