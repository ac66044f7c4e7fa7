using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Observability;

/// <summary>OpenTelemetry traces and metrics. What is observed (the "PledgeBot" source, ASP.NET Core, HttpClient,
/// StackExchange.Redis, every PledgeBot meter, the runtime) is registered always; a provider is built, and anything
/// recorded, only when something exports: OTLP (OTEL_EXPORTER_OTLP_ENDPOINT), Application Insights
/// (APPLICATIONINSIGHTS_CONNECTION_STRING) or Prometheus (Observability:Prometheus). docs/operations.md.</summary>
public static class ObservabilityServiceCollectionExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ApplicationInsightsVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The root configuration keys that switch exporters on, read by their standard names.</summary>
    public static IReadOnlyList<string> RootKeys { get; } = [OtlpEndpointVariable, ApplicationInsightsVariable];

    // /healthz and /readyz are polled every few seconds by the platform; /metrics by the scraper.
    private static readonly string[] s_unobservedPaths = ["/healthz", "/readyz", "/metrics"];

    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ObservabilityOptions>().BindConfiguration(ObservabilityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ObservedGauges>();

        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(PledgeBotTelemetry.Name)
            .AddAspNetCoreInstrumentation(aspNetCore =>
            {
                aspNetCore.Filter = context => !s_unobservedPaths.Contains(context.Request.Path.Value, StringComparer.OrdinalIgnoreCase);
                aspNetCore.EnrichWithHttpRequest = TelemetryScrubbing.ScrubServerRequest;
            })
            .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = TelemetryScrubbing.ScrubClientRequest)
            .AddRedisInstrumentation()
            .AddProcessor(new UnparentedRedisSpans()));
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddMeter(PledgeBotTelemetry.Name, PledgeBotTelemetry.InstanceMeterName, PledgeBotTelemetry.ChannelsMeterName, SafetyCounts.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation());

        var options = configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        var azure = !string.IsNullOrWhiteSpace(configuration[ApplicationInsightsVariable]);
        if (!otlp && !azure && !options.Prometheus)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(options.ServiceName));
        telemetry.WithMetrics(_ => { });
        if (otlp || azure)
        {
            telemetry.WithTracing(_ => { });
        }

        if (otlp)
        {
            // Reads OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL and _HEADERS itself; exports traces, metrics and logs.
            telemetry.UseOtlpExporter();
        }

        if (azure)
        {
            // Reads the connection string itself; exports traces, metrics and logs (which never hold text or user ids).
            telemetry.UseAzureMonitor();
        }

        if (options.Prometheus)
        {
            telemetry.WithMetrics(metrics => metrics.AddPrometheusExporter());
        }

        return services;
    }
}
