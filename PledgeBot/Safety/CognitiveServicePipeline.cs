using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace PledgeBot.Safety;

/// <summary>What the Azure AI Language and Content Safety clients share: an Azure.Core pipeline with the key header or an
/// Entra token and no retries, logging or telemetry (the caller's time budget and breaker decide), and one JSON POST
/// that throws <see cref="CognitiveServiceException"/> on an error status.</summary>
internal static class CognitiveServicePipeline
{
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    public static HttpPipeline Build(ClientOptions clientOptions, string? key, TokenCredential? credential)
    {
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        clientOptions.Diagnostics.IsTelemetryEnabled = false;
        HttpPipelinePolicy authentication = string.IsNullOrEmpty(key)
            ? new BearerTokenAuthenticationPolicy(credential ?? new DefaultAzureCredential(), Scope)
            : new SubscriptionKeyPolicy(new Azure.AzureKeyCredential(key));
        return HttpPipelineBuilder.Build(clientOptions, authentication);
    }

    public static async Task<JsonDocument> PostAsync(
        HttpPipeline pipeline, string service, Uri endpoint, string path, string apiVersion, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(endpoint);
        request.Uri.AppendPath(path, escape: false);
        request.Uri.AppendQuery("api-version", apiVersion);
        request.Headers.Add(HttpHeader.Common.JsonContentType);
        request.Content = RequestContent.Create(body);

        await pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        if (response.Status >= 400)
        {
            throw new CognitiveServiceException(service, response.Status, RetryAfterHeader.Read(response));
        }

        return await JsonDocument.ParseAsync(response.ContentStream ?? Stream.Null, cancellationToken: cancellationToken);
    }
}
