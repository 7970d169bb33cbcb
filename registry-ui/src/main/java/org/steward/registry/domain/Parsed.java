package org.steward.registry.domain;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a form field's text turned into: the typed value, or a rejection that names the field and
 * says what to type instead. Forms return this rather than throwing, so a mistyped field becomes a
 * sentence beside the button, never a stack trace or a half-prepared transaction.
 */
public sealed interface Parsed<T> permits Parsed.Ok, Parsed.Rejected {

    record Ok<T>(T value) implements Parsed<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param field the field as its label names it ("Amount"); {@code reason} completes "Amount: …" */
    record Rejected<T>(String field, String reason) implements Parsed<T> {
        public Rejected {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }

        /** "Amount: STW has 18 decimals; 0.0000000000000000001 has 19." */
        public String message() {
            return field + ": " + reason;
        }
    }

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> rejected(String field, String reason) {
        return new Rejected<>(field, reason);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default <R> Parsed<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        Rejected<T> no = (Rejected<T>) this;
        return new Rejected<>(no.field(), no.reason());
    }

    /** The next step's result, for a value that passed this one; a rejection passes through unchanged. */
    default <R> Parsed<R> flatMap(Function<? super T, Parsed<R>> next) {
        if (this instanceof Ok<T> ok) {
            return next.apply(ok.value());
        }
        Rejected<T> no = (Rejected<T>) this;
        return new Rejected<>(no.field(), no.reason());
    }

    /** Both values combined, or the first rejection (this one before {@code other}), in the order of the form. */
    default <U, R> Parsed<R> and(Parsed<U> other, BiFunction<? super T, ? super U, ? extends R> f) {
        if (this instanceof Rejected<T> no) {
            return new Rejected<>(no.field(), no.reason());
        }
        if (other instanceof Rejected<U> no) {
            return new Rejected<>(no.field(), no.reason());
        }
        return new Ok<>(f.apply(((Ok<T>) this).value(), ((Ok<U>) other).value()));
    }
}
