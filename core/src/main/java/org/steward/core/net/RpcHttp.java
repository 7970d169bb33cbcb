package org.steward.core.net;

import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * The OkHttp client under web3j's {@code HttpService}, held to a {@link NetBudget}: connect and
 * first-byte timeouts, a call timeout that spans the whole exchange (so a server dripping a byte at
 * a time is cut off too), a cap on the answer's size, and the {@link CommandDeadline} of a command.
 */
public final class RpcHttp {

    private RpcHttp() {
    }

    public static OkHttpClient client(NetBudget budget) {
        return new OkHttpClient.Builder()
                .connectTimeout(budget.connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(budget.firstByte().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(budget.firstByte().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(budget.total().toMillis(), TimeUnit.MILLISECONDS)
                // An application interceptor sees the body after OkHttp has unzipped it, so a
                // compressed answer cannot inflate past the cap either.
                .addInterceptor(chain -> withinCommandDeadline(chain, budget.maxBytes()))
                .build();
    }

    /**
     * Proceeds with the call, cancelled when a command's {@link CommandDeadline} passes (headers or
     * body still arriving); a call started after it fails at once.
     */
    private static Response withinCommandDeadline(Interceptor.Chain chain, long maxBytes) throws IOException {
        if (CommandDeadline.remaining().isEmpty()) {
            return capped(chain.proceed(chain.request()), maxBytes, null);
        }
        if (CommandDeadline.passed()) {
            throw CommandDeadline.exceeded();
        }
        Call call = chain.call();
        ScheduledFuture<?> cancel = CommandDeadline.atDeadline(call::cancel);
        try {
            return capped(chain.proceed(chain.request()), maxBytes, cancel);
        } catch (IOException e) {
            cancel.cancel(false);
            throw CommandDeadline.passed() ? withCause(CommandDeadline.exceeded(), e) : e;
        }
    }

    private static NetLimitException withCause(NetLimitException e, Throwable cause) {
        e.initCause(cause);
        return e;
    }

    /** @param cancel the command deadline's pending cancellation, let go when the body is closed; null without one */
    private static Response capped(Response response, long maxBytes, ScheduledFuture<?> cancel) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        if (body.contentLength() > maxBytes) {
            response.close();
            throw tooLarge(maxBytes);
        }
        ForwardingSource counting = new ForwardingSource(body.source()) {
            private long read;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                long n;
                try {
                    n = super.read(sink, byteCount);
                } catch (IOException e) {
                    throw cancel != null && CommandDeadline.passed() ? withCause(CommandDeadline.exceeded(), e) : e;
                }
                if (n > 0 && (read += n) > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                if (cancel != null) {
                    cancel.cancel(false);
                }
                super.close();
            }
        };
        return response.newBuilder().body(ResponseBody.create(body.contentType(), body.contentLength(), Okio.buffer(counting))).build();
    }

    private static NetLimitException tooLarge(long maxBytes) {
        return new NetLimitException(NetBudget.Limit.SIZE, "answer larger than " + NetBudget.size(maxBytes));
    }
}
