namespace PledgeBot.Observability;

/// <summary>A gauge a feature reads from this instance's own state, on the meter
/// <see cref="PledgeBotTelemetry.InstanceMeterName"/>; registered by the feature, created with the metrics endpoint
/// or the exporter. Per instance; a dashboard sums them over instances.</summary>
public interface IInstanceGauge;
