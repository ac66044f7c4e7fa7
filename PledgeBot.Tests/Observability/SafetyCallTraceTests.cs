using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;
using PledgeBot.Observability;
using PledgeBot.Safety;
using PledgeBot.Tests.Safety;

namespace PledgeBot.Tests.Observability;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class SafetyCallTraceTests : IAsyncLifetime
{
    private static readonly ActivitySource s_test = new("PledgeBot.Tests.SafetyCallTrace");

    private FakeLanguageService _service = null!;

    public async Task InitializeAsync() => _service = await FakeLanguageService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Traces_an_Azure_Language_call_as_a_span_with_its_HTTP_calls_under_it_and_no_text_in_them()
    {
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(s_test.Name, PledgeBotTelemetry.Name)
            .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = TelemetryScrubbing.ScrubClientRequest)
            .AddInMemoryExporter(spans)
            .Build();
        var options = Options.Create(new AzureLanguageOptions { Endpoint = _service.Endpoint, Key = "test-key" });
        var language = new RemoteService<AzureLanguageClient>(
            SafetyServiceCollectionExtensions.LanguageServiceName,
            new AzureLanguageClient(options),
            new LanguageServiceBreaker(new FakeTimeProvider(), options));
        var analyzer = new AzureTextAnalyzer(SafetyTestContent.Analyzer, options, NullLogger<AzureTextAnalyzer>.Instance, language);

        ActivityTraceId trace;
        using (var turn = s_test.StartActivity("turn"))
        {
            trace = turn!.TraceId;
            await analyzer.AnalyzeAsync("em so lam, 0912345678", "vi-VN", CancellationToken.None);
        }

        tracing.ForceFlush();
        var mine = spans.Where(span => span.TraceId == trace).ToList();
        var call = Assert.Single(mine, span => span.OperationName == SafetyServiceCollectionExtensions.LanguageServiceName);
        var http = mine.Where(span => span.ParentSpanId == call.SpanId && span.Kind == ActivityKind.Client).ToList();
        Assert.Equal(3, http.Count);
        Assert.All(mine.SelectMany(span => span.TagObjects), tag =>
            Assert.DoesNotContain("0912345678", Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal));
    }
}
