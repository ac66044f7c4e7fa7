using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PledgeBot.Tests.Integration.Http;

namespace PledgeBot.Tests.Observability;

/// <summary>Issue 21: with no OTLP endpoint, no Application Insights connection string and Prometheus off, nothing
/// is recorded and nothing is served.</summary>
[Collection(HttpCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ObservabilityOffTests(BotHostFixture host)
{
    [Fact]
    public void Builds_no_tracer_or_meter_provider_when_no_exporter_is_configured()
    {
        var services = host.Factory.Services;

        Assert.Null(services.GetService<TracerProvider>());
        Assert.Null(services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Serves_no_metrics_endpoint_when_Prometheus_is_off()
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
