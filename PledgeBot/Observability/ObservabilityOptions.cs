using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Observability;

/// <summary>Section "Observability". Exporters switch on from the standard variables (OTEL_EXPORTER_OTLP_ENDPOINT,
/// APPLICATIONINSIGHTS_CONNECTION_STRING); this section adds the Prometheus scrape endpoint.</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary>Maps <c>/metrics</c> in the Prometheus text format.</summary>
    public bool Prometheus { get; set; }

    /// <summary>With a port, <c>/metrics</c> answers only on it (bind it with ASPNETCORE_URLS or Kestrel endpoints and
    /// keep it off the public ingress), without the staff key; 0 serves it on every port, behind the staff key.</summary>
    [Range(0, 65535)]
    public int PrometheusPort { get; set; }

    /// <summary>service.name on every span and metric.</summary>
    [Required]
    public string ServiceName { get; set; } = "pledgebot";
}
