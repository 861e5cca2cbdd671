package org.lifeline.groundstation.operator;

/** The operators file is malformed, or an operator cannot be added; the message names the file, line and field. */
public final class OperatorFileException extends Exception {

    public OperatorFileException(String message) {
        super(message);
    }
}
