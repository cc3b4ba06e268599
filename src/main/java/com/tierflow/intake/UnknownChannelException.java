package com.tierflow.intake;

import com.tierflow.shared.NotFoundException;

public class UnknownChannelException extends NotFoundException {

    public UnknownChannelException(String code) {
        super("There is no channel with code '" + code + "'.");
    }
}
