package org.steward.core.net;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * The OkHttp client under web3j's {@code HttpService}, held to a {@link NetBudget}: connect and
 * first-byte timeouts, a call timeout that spans the whole exchange (so a server dripping a byte at
 * a time is cut off too) and a cap on the answer's size.
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
                .addInterceptor(chain -> capped(chain.proceed(chain.request()), budget.maxBytes()))
                .build();
    }

    private static Response capped(Response response, long maxBytes) throws IOException {
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
                long n = super.read(sink, byteCount);
                if (n > 0 && (read += n) > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                return n;
            }
        };
        return response.newBuilder().body(ResponseBody.create(body.contentType(), body.contentLength(), Okio.buffer(counting))).build();
    }

    private static NetLimitException tooLarge(long maxBytes) {
        return new NetLimitException(NetBudget.Limit.SIZE, "answer larger than " + NetBudget.size(maxBytes));
    }
}
