using System.Diagnostics;
using System.Net.Http;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Hosting;
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
using PledgeBot.Tests.Auth;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ContentSafetyTests : IClassFixture<RemoteSafetyFakes>
{
    private const string Phone = "0912 345 678";
    private const string Harmless = "xin chào, hôm nay trời đẹp";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly RemoteSafetyFakes _fakes;

    public ContentSafetyTests(RemoteSafetyFakes fakes)
    {
        _fakes = fakes;
        _fakes.Reset();
    }

    private FakeContentSafetyService Service => _fakes.ContentSafety;

    [Fact]
    public async Task Sends_the_documented_request_with_the_key_and_only_the_locally_redacted_text()
    {
        var remote = Create();

        await remote.Analyzer.AnalyzeAsync($"gọi mình số {Phone} nhé", "vi-VN", CancellationToken.None);

        var request = Assert.Single(Service.Requests);
        Assert.Equal("/contentsafety/text:analyze?api-version=2024-09-01", request.PathAndQuery);
        Assert.Equal("cs-key", request.SubscriptionKey);
        Assert.Empty(request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal($"gọi mình số {PiiRedactor.Phone} nhé", request.Text);
        Assert.Equal(["Hate", "SelfHarm", "Sexual", "Violence"], request.Body.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("FourSeverityLevels", request.Body.GetProperty("outputType").GetString());
        Assert.Equal(0, remote.ContentSafetyBreaker.Fallbacks);
    }

    [Fact]
    public async Task Signs_with_an_entra_token_for_cognitive_services_when_no_key_is_set()
    {
        using var authority = TestCertificateAuthority.Create();
        await using var secure = await FakeContentSafetyService.StartAsync(listen => listen.UseHttps(authority.ServerCertificate));
        var credential = new RecordingCredential();
#pragma warning disable CA2000 // The transport owns the handler and the client owns the transport for the test's life.
        var transport = new HttpClientTransport(new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = authority.Validate }));
#pragma warning restore CA2000
        var client = new ContentSafetyClient(Options.Create(new ContentSafetyOptions { Endpoint = secure.Endpoint }), credential, new ContentSafetyClientOptions { Transport = transport });

        var severities = await client.AnalyzeAsync("hello", CancellationToken.None);

        var request = Assert.Single(secure.Requests);
        Assert.Equal("Bearer entra-token", request.Authorization);
        Assert.Empty(request.SubscriptionKey);
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes);
        Assert.Equal(ContentSafetySeverities.Safe, severities);
    }

    [Theory]
    [InlineData("SelfHarm", 0, RiskLevel.None, null)]
    [InlineData("SelfHarm", 2, RiskLevel.Concern, SafetyCategories.SelfHarm)]
    [InlineData("SelfHarm", 4, RiskLevel.High, SafetyCategories.SelfHarm)]
    [InlineData("SelfHarm", 6, RiskLevel.High, SafetyCategories.SelfHarm)]
    [InlineData("Violence", 2, RiskLevel.None, null)]
    [InlineData("Violence", 4, RiskLevel.Concern, SafetyCategories.Violence)]
    [InlineData("Violence", 6, RiskLevel.High, SafetyCategories.Violence)]
    [InlineData("Sexual", 2, RiskLevel.None, null)]
    [InlineData("Sexual", 4, RiskLevel.Concern, SafetyCategories.SexualExploitation)]
    [InlineData("Sexual", 6, RiskLevel.Concern, SafetyCategories.SexualExploitation)]
    [InlineData("Hate", 2, RiskLevel.None, null)]
    [InlineData("Hate", 4, RiskLevel.Concern, SafetyCategories.Bullying)]
    [InlineData("Hate", 6, RiskLevel.Concern, SafetyCategories.Bullying)]
    [InlineData("SelfHarm", 5, RiskLevel.High, SafetyCategories.SelfHarm)]
    [InlineData("Violence", 7, RiskLevel.High, SafetyCategories.Violence)]
    [InlineData("Violence", 5, RiskLevel.Concern, SafetyCategories.Violence)]
    [InlineData("SelfHarm", 3, RiskLevel.Concern, SafetyCategories.SelfHarm)]
    public async Task Maps_each_severity_the_service_sends_on_a_message_the_local_analyzer_finds_harmless(
        string category, int severity, RiskLevel risk, string? expected)
    {
        var remote = Create();
        Service.Respond = (_, context) => FakeContentSafetyService.WriteAsync(context, 200,
            $$"""{"blocklistsMatch":[],"categoriesAnalysis":[{"category":"{{category}}","severity":{{severity}}},{"category":"Jailbreak","severity":6}]}""");

        var analysis = await remote.Analyzer.AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);

        Assert.Equal(risk, analysis.Risk);
        Assert.Equal(expected is null ? [] : [expected], analysis.Categories);
        Assert.False(analysis.DangerNow);
    }

    [Fact]
    public async Task Never_lowers_the_local_verdict_when_the_service_finds_nothing()
    {
        var remote = Create();

        var analysis = await remote.Analyzer.AnalyzeAsync("tao muốn chết", "vi-VN", CancellationToken.None);
        var local = await SafetyTestContent.Analyzer.AnalyzeAsync("tao muốn chết", "vi-VN", CancellationToken.None);

        Assert.Single(Service.Requests);
        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Equal(local.Categories, analysis.Categories);
        Assert.Equal(local.DangerNow, analysis.DangerNow);
    }

    [Fact]
    public async Task Joins_its_categories_to_a_high_local_verdict_and_keeps_the_local_danger_now()
    {
        var remote = Create();
        Service.Severities = ContentSafetySeverities.Safe with { Violence = 4 };

        var analysis = await remote.Analyzer.AnalyzeAsync("i want to die", "en-US", CancellationToken.None);
        var local = await SafetyTestContent.Analyzer.AnalyzeAsync("i want to die", "en-US", CancellationToken.None);

        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Equal([.. local.Categories, SafetyCategories.Violence], analysis.Categories);
        Assert.Equal(local.DangerNow, analysis.DangerNow);
    }

    [Theory]
    [InlineData(500, null)]
    [InlineData(503, null)]
    [InlineData(401, null)]
    [InlineData(200, "not json at all")]
    [InlineData(200, "{}")]
    [InlineData(200, """{"categoriesAnalysis":[{"category":"SelfHarm","severity":"high"}]}""")]
    [InlineData(200, """{"categoriesAnalysis":{"SelfHarm":6}}""")]
    public async Task Keeps_the_local_verdict_when_the_service_fails_or_answers_something_unreadable(int status, string? body)
    {
        var remote = Create();
        Service.Respond = (_, context) => FakeContentSafetyService.WriteAsync(context, status, body ?? """{"error":{"code":"InternalServerError","message":"No."}}""");

        var harmless = await remote.Analyzer.AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);
        var risky = await remote.Analyzer.AnalyzeAsync("tao muốn chết", "vi-VN", CancellationToken.None);

        Assert.Equal(RiskLevel.None, harmless.Risk);
        Assert.Equal(RiskLevel.High, risky.Risk);
        Assert.Equal(2, remote.ContentSafetyBreaker.Fallbacks);
    }

    [Fact]
    public async Task Rests_for_as_long_as_a_429_asks_and_then_calls_again()
    {
        var remote = Create();
        Service.Respond = (_, context) =>
        {
            context.Response.Headers.RetryAfter = "20";
            return FakeContentSafetyService.WriteAsync(context, 429, """{"error":{"code":"TooManyRequests","message":"Slow down."}}""");
        };

        await remote.Analyzer.AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);
        await remote.Analyzer.AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);
        var whileResting = Service.Requests.Count;
        _clock.Advance(TimeSpan.FromSeconds(21));
        Service.Respond = null;
        Service.Severities = ContentSafetySeverities.Safe with { SelfHarm = 6 };
        var after = await remote.Analyzer.AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);

        Assert.Equal(1, whileResting);
        Assert.Equal(2, Service.Requests.Count);
        Assert.Equal(RiskLevel.High, after.Risk);
        Assert.Equal(2, remote.ContentSafetyBreaker.Fallbacks);
    }

    [Fact]
    public async Task Opens_its_breaker_after_a_run_of_failures_without_resting_azure_language_and_closes_it_later()
    {
        var remote = Create(language: true);
        Service.Respond = (_, context) => FakeContentSafetyService.WriteAsync(context, 500, """{"error":{"code":"InternalServerError","message":"No."}}""");

        for (var i = 0; i < 3; i++)
        {
            await remote.Analyzer.AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);
        }

        var languageCalls = _fakes.Language.Requests.Count;
        await remote.Analyzer.AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);
        var open = remote.ContentSafetyBreaker.IsOpen;
        var callsWhileOpen = Service.Requests.Count;
        var languageCallsWhileOpen = _fakes.Language.Requests.Count;
        _clock.Advance(TimeSpan.FromSeconds(31));
        Service.Respond = null;
        Service.Severities = ContentSafetySeverities.Safe with { Violence = 6 };
        var closed = await remote.Analyzer.AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);

        Assert.True(open);
        Assert.Equal(3, callsWhileOpen);
        Assert.Equal(languageCalls + 3, languageCallsWhileOpen);
        Assert.Equal(4, remote.ContentSafetyBreaker.Fallbacks);
        Assert.Equal(0, remote.LanguageBreaker.Fallbacks);
        Assert.Equal(4, Service.Requests.Count);
        Assert.Equal(RiskLevel.High, closed.Risk);
    }

    [Fact]
    public async Task Gives_up_on_a_slow_service_within_the_time_budget()
    {
        var remote = Create(budgetMilliseconds: 200, language: true);
        Service.Respond = async (_, context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            await FakeContentSafetyService.WriteAsync(context, 200, FakeContentSafetyService.Documented(ContentSafetySeverities.Safe with { SelfHarm = 6 }));
        };
        var watch = Stopwatch.StartNew();

        var analysis = await remote.Analyzer.AnalyzeAsync($"chiều nay đi công viên, số mình {Phone}", "vi-VN", CancellationToken.None);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Equal(RiskLevel.None, analysis.Risk);
        Assert.Contains("****", analysis.RedactedText, StringComparison.Ordinal);
        Assert.Equal(1, remote.ContentSafetyBreaker.Fallbacks);
        Assert.Equal(0, remote.LanguageBreaker.Fallbacks);
    }

    [Fact]
    public async Task Calls_both_services_at_once_under_one_deadline()
    {
        var remote = Create(budgetMilliseconds: 3_000, language: true);
        var bothCalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _fakes.Language.Respond = async (kind, context) =>
        {
            await bothCalled.Task.WaitAsync(context.RequestAborted);
            await FakeLanguageService.WriteAsync(context, 200, FakeLanguageService.Documented(kind));
        };
        Service.Respond = async (_, context) =>
        {
            await Eventually.WaitAsync(() => _fakes.Language.Requests.Count, count => count == 3);
            bothCalled.TrySetResult();
            await FakeContentSafetyService.WriteAsync(context, 200, FakeContentSafetyService.Documented(ContentSafetySeverities.Safe with { Hate = 4 }));
        };

        var analysis = await remote.Analyzer.AnalyzeAsync($"chiều nay đi công viên, số mình {Phone}", "vi-VN", CancellationToken.None);

        Assert.Equal(RiskLevel.Concern, analysis.Risk);
        Assert.Equal([SafetyCategories.Bullying], analysis.Categories);
        Assert.Contains("****", analysis.RedactedText, StringComparison.Ordinal);
        Assert.Equal(0, remote.ContentSafetyBreaker.Fallbacks + remote.LanguageBreaker.Fallbacks);
    }

    [Fact]
    public async Task Raises_the_risk_even_when_azure_language_fails()
    {
        var remote = Create(language: true);
        _fakes.Language.Respond = (_, context) => FakeLanguageService.WriteAsync(context, 500, """{"error":{"code":"InternalServerError","message":"No."}}""");
        Service.Severities = ContentSafetySeverities.Safe with { SelfHarm = 4 };

        var analysis = await remote.Analyzer.AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);

        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Equal(1, remote.LanguageBreaker.Fallbacks);
        Assert.Equal(0, remote.ContentSafetyBreaker.Fallbacks);
    }

    [Fact]
    public async Task Sends_a_long_message_in_parts_of_at_most_ten_thousand_characters_and_takes_the_worst()
    {
        var remote = Create();
        Service.Respond = (request, context) => FakeContentSafetyService.WriteAsync(context, 200, FakeContentSafetyService.Documented(
            request.Text.Contains("cuối", StringComparison.Ordinal) ? ContentSafetySeverities.Safe with { SelfHarm = 6 } : ContentSafetySeverities.Safe));
        var text = string.Join(' ', Enumerable.Repeat("hôm nay học bài", 1_500)) + " dòng cuối";

        var analysis = await remote.Analyzer.AnalyzeAsync(text, "vi-VN", CancellationToken.None);

        Assert.Equal(3, Service.Requests.Count);
        Assert.All(Service.Requests, request => Assert.InRange(request.Text.Length, 1, ContentSafetyParts.MaxLength));
        Assert.Equal(RiskLevel.High, analysis.Risk);
    }

    [Fact]
    public async Task Never_writes_the_text_or_a_phone_number_to_the_log()
    {
        var logs = new CapturedLogs();
        var remote = Create(logs: logs);
        var text = $"chiều nay đi công viên, số mình {Phone}";
        Service.Severities = ContentSafetySeverities.Safe with { Violence = 6 };
        await remote.Analyzer.AnalyzeAsync(text, "vi-VN", CancellationToken.None);
        Service.Respond = (_, context) => FakeContentSafetyService.WriteAsync(context, 500, """{"error":{"code":"InternalServerError","message":"No."}}""");

        await remote.Analyzer.AnalyzeAsync(text, "vi-VN", CancellationToken.None);

        Assert.Contains(logs.Lines, line => line.Contains(" 5006 ", StringComparison.Ordinal) && line.Contains(SafetyCategories.Violence, StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains(" 5001 ", StringComparison.Ordinal) && line.Contains("status 500", StringComparison.Ordinal));
        Assert.DoesNotContain("345", logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("công viên", logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_off_unless_its_endpoint_is_configured()
    {
        var languageOnly = Provider(new() { ["Safety:Azure:Endpoint"] = _fakes.Language.Endpoint.ToString(), ["Safety:Azure:Key"] = "k" });
        var contentSafetyOnly = Provider(new() { ["Safety:ContentSafety:Endpoint"] = Service.Endpoint.ToString(), ["Safety:ContentSafety:Key"] = "k" });

        Assert.IsType<LocalTextAnalyzer>(Provider([]).GetRequiredService<ITextAnalyzer>());
        Assert.Null(languageOnly.GetService<RemoteService<ContentSafetyClient>>());
        Assert.IsType<AzureTextAnalyzer>(contentSafetyOnly.GetRequiredService<ITextAnalyzer>());
        Assert.Null(contentSafetyOnly.GetService<RemoteService<AzureLanguageClient>>());
    }

    [Fact]
    public async Task Calls_only_content_safety_when_azure_language_is_not_configured()
    {
        var provider = Provider(new() { ["Safety:ContentSafety:Endpoint"] = Service.Endpoint.ToString(), ["Safety:ContentSafety:Key"] = "k" });
        Service.Severities = ContentSafetySeverities.Safe with { SelfHarm = 6 };

        var analysis = await provider.GetRequiredService<ITextAnalyzer>().AnalyzeAsync(Harmless, "vi-VN", CancellationToken.None);

        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Single(Service.Requests);
        Assert.Empty(_fakes.Language.Requests);
    }

    [Theory]
    [InlineData("Safety:ContentSafety:Endpoint", "ftp://safety.example")]
    [InlineData("Safety:ContentSafety:Endpoint", "http://safety.example")]
    [InlineData("Safety:ContentSafety:ApiVersion", "latest")]
    public void Refuses_bad_configuration(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["Safety:ContentSafety:Endpoint"] = "https://safety.example", [key] = value };

        Assert.Throws<OptionsValidationException>(() => Provider(settings).GetRequiredService<IOptions<ContentSafetyOptions>>().Value);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<PledgeBot.Dialogs.Content.IContentSource>(SafetyTestContent.Source);
        services.AddSingleton<LocalTextAnalyzer>();
        services.AddSingleton<ITextAnalyzer>(provider => provider.GetRequiredService<LocalTextAnalyzer>());
        services.AddSafety(configuration);
        return services.BuildServiceProvider();
    }

    private RemoteAnalyzer Create(int budgetMilliseconds = 1_500, bool language = false, CapturedLogs? logs = null)
    {
        var options = Options.Create(new AzureLanguageOptions
        {
            Endpoint = _fakes.Language.Endpoint, Key = "test-key", Budget = TimeSpan.FromMilliseconds(budgetMilliseconds), SentimentConcernScore = 1.0,
        });
        var languageBreaker = new LanguageServiceBreaker(_clock, options);
        var contentSafetyBreaker = new LanguageServiceBreaker(_clock, options);
        var client = new ContentSafetyClient(Options.Create(new ContentSafetyOptions { Endpoint = Service.Endpoint, Key = "cs-key" }));
        ILoggerFactory factory = logs is null ? NullLoggerFactory.Instance : new LoggerFactory([logs]);
        var analyzer = new AzureTextAnalyzer(
            SafetyTestContent.Analyzer,
            options,
            factory.CreateLogger<AzureTextAnalyzer>(),
            language ? new RemoteService<AzureLanguageClient>("Azure AI Language", new AzureLanguageClient(options), languageBreaker) : null,
            new RemoteService<ContentSafetyClient>("Azure AI Content Safety", client, contentSafetyBreaker));
        return new RemoteAnalyzer(analyzer, languageBreaker, contentSafetyBreaker);
    }
}
