using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace PledgeBot.Http;

/// <summary>Reads a request body up to a limit, whatever the server's own limit: an endpoint never buffers more than
/// it can use. Null when the body is larger; empty when there is none.</summary>
internal static class BoundedBody
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Let the server cut a longer body short too; the loop below also bounds chunked bodies, which state no length.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        var body = new ArrayBufferWriter<byte>(4096);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(body.GetMemory(16 * 1024), cancellationToken)) > 0)
            {
                body.Advance(read);
                if (body.WrittenCount > limit)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return body.WrittenSpan.ToArray();
    }
}
